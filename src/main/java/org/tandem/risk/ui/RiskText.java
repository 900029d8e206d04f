package org.tandem.risk.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.risk.Band;
import org.tandem.risk.Trend;
import org.tandem.shared.BritishDates;

/** How the register writes its spreadsheet's dates, its bands and its trends: never colour without the word. */
final class RiskText {


    private RiskText() {
    }

    /** A date in a spreadsheet, as the risk import reads it back: 31/01/2026. Pages use {@code Dates.format}. */
    static String date(@Nullable LocalDate date) {
        return date == null ? "" : BritishDates.NUMERIC.format(date);
    }

    /** The score with its band as a word, coloured too. */
    static Span band(int score, Band band, String word) {
        Span badge = new Span(score + " " + word);
        badge.addClassNames("risk-band", band.cssClass());
        badge.getElement().setAttribute("aria-label", "Score " + score + ", " + word);
        return badge;
    }

    static Span trend(Trend trend) {
        Span span = new Span(trend.label());
        span.addClassName("risk-trend");
        span.getElement().setAttribute("aria-label", "Trend since the last review: " + trend.word());
        return span;
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    static String joined(List<String> values) {
        return values.isEmpty() ? "None" : String.join(", ", values);
    }
}
