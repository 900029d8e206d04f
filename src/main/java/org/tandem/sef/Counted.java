package org.tandem.sef;

/** Counts said in plain grammar: "1 criterion has", "2 criteria have", for the SEF's screens, pack and report. */
public final class Counted {

    private Counted() {
    }

    /** "1 criterion", "2 criteria", "0 criteria". */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** The verb (or any word) that agrees with the count: {@code one} for exactly one, {@code many} otherwise. */
    public static String agreeing(long count, String one, String many) {
        return count == 1 ? one : many;
    }
}
