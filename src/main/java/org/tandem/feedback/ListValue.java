package org.tandem.feedback;

/** A channel or a theme as the admin's lists show it. */
public sealed interface ListValue permits Channel, Theme {

    ListKind kind();

    long id();

    long version();

    String code();

    String label();

    int order();

    boolean active();
}
