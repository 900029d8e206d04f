package org.tandem.people;

/**
 * The role names as Spring Security and Vaadin's route annotations spell them, in one place; each equals the name
 * of a {@link Role} (a test holds them together). {@code @RolesAllowed(Roles.ADMIN)} on a route, and the
 * meta-annotations beside this class ({@link AdminOnly}, {@link SignedIn} ...) on service methods.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String BOARD_MEMBER = "BOARD_MEMBER";
    public static final String WORKSTREAM_LEAD = "WORKSTREAM_LEAD";
    public static final String FORUM_REP = "FORUM_REP";

    private Roles() {
    }
}
