package org.tandem.sef;

/** What the gap view finds missing in a criterion, with the line that explains it. */
public record Gap(Kind kind, String inWords) {

    public enum Kind {
        THIN_EVIDENCE, ONE_VOICE, NO_ACTION, NOT_REVIEWED
    }
}
