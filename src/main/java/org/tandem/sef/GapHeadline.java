package org.tandem.sef;

/** The gap view in one line: how many criteria show each kind of gap. */
public record GapHeadline(int criteria, long thin, long oneVoice, long noAction, long notReviewed) {

    public String inWords() {
        if (thin + oneVoice + noAction + notReviewed == 0) {
            return "No gaps in the " + Counted.of(criteria, "criterion", "criteria") + ".";
        }
        return thin + " of " + Counted.of(criteria, "criterion", "criteria") + " " + Counted.agreeing(thin, "has",
                "have") + " thin evidence, " + oneVoice + " " + Counted.agreeing(oneVoice, "is", "are")
                + " heard from one voice only, " + noAction + " judged in the lower half of the scale "
                + Counted.agreeing(noAction, "has", "have") + " no linked action, and " + notReviewed + " "
                + Counted.agreeing(notReviewed, "has", "have") + " not been reviewed in 6 months.";
    }
}
