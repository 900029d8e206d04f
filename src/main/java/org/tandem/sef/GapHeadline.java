package org.tandem.sef;

/** The gap view in one line: how many criteria show each kind of gap. */
public record GapHeadline(int criteria, long thin, long oneVoice, long noAction, long notReviewed) {

    public String inWords() {
        if (thin + oneVoice + noAction + notReviewed == 0) {
            return "No gaps in the " + criteria + " criteria.";
        }
        return thin + " of " + criteria + " criteria have thin evidence, " + oneVoice + " are heard from one voice "
                + "only, " + noAction + " judged in the lower half of the scale have no linked action, and "
                + notReviewed + " have not been reviewed in 6 months.";
    }
}
