package org.tandem.feedback;

/**
 * What feedback is about (EHC plans, transport, ...), one value of the list admins keep; {@code slug} names it
 * in links and feeds ("ehc-plans") and never changes. Two readings of the same theme are equal whatever was
 * renamed in between: a theme is its code. Themes sort in the order admins gave them.
 */
public record Theme(long id, long version, String code, String label, String slug, int order, boolean active)
        implements ListValue, Comparable<Theme> {

    @Override
    public ListKind kind() {
        return ListKind.THEME;
    }

    @Override
    public int compareTo(Theme other) {
        int byOrder = Integer.compare(order, other.order);
        return byOrder != 0 ? byOrder : code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Theme theme && code.equals(theme.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
