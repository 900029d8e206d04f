package org.tandem.people;

/** What a person does in the partnership; one person may hold several roles. */
public enum Role {
    ADMIN("Programme officer (admin)",
            "Run the workspace: people, partner organisations and the half-term calendar."),
    BOARD_MEMBER("Board member", "Review the partnership's priorities and read the half-termly report."),
    WORKSTREAM_LEAD("Workstream lead", "Update your workstream's actions before each half-term's deadline."),
    FORUM_REP("Parent carer forum rep", "Log what families said and follow what was done about it.");

    private final String label;
    private final String duty;

    Role(String label, String duty) {
        this.label = label;
        this.duty = duty;
    }

    /** What a person in this role does here, in a sentence for their home page. */
    public String duty() {
        return duty;
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
