package org.tandem.mail;

/** What became of an e-mail. */
public enum MailStatus {
    SENT("Sent"), OUTBOX("In the outbox (no mail server set)"), FAILED("Failed");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
