package org.tandem.feedback;

/**
 * Something in public wording that looks like personal data.
 *
 * @param kind  what it looks like
 * @param match the text found, exactly as written
 * @param field which public text it is in: "you said" or "we did"
 */
public record Finding(Kind kind, String match, String field) {

    /** The same finding stays confirmed while the text around it changes, and only while it is still there. */
    public String key() {
        return kind.name() + ":" + match.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String describe() {
        return kind.label() + " in \"" + field + "\": " + match;
    }

    public enum Kind {
        EMAIL("An e-mail address"),
        PHONE("A phone number"),
        NHS_NUMBER("An NHS number"),
        POSTCODE("A postcode"),
        DATE_OF_BIRTH("A date that may be a date of birth"),
        SENSITIVE_WORD("A word on the sensitive list"),
        NAME("What may be a person's name"),
        ADDRESS("A street address"),
        SCHOOL("What may be a school's or setting's name");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
