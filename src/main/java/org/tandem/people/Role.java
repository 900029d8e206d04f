package org.tandem.people;

/** What a person does in the partnership; one person may hold several roles. */
public enum Role {
    ADMIN("Programme officer (admin)"),
    BOARD_MEMBER("Board member"),
    WORKSTREAM_LEAD("Workstream lead"),
    FORUM_REP("Parent carer forum rep");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The authority Spring Security checks, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String toString() {
        return label;
    }
}
