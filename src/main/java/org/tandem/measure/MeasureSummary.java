package org.tandem.measure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measure on the dashboard: where it stands, which way it is going, why it is the colour it is, and the outcomes
 * of its priorities it evidences.
 */
public record MeasureSummary(long id, String name, Unit unit, Polarity polarity, Frequency frequency, long ownerId,
        String owner, List<Long> priorityIds, @Nullable Double latest, String latestText, String latestPeriod,
        String target, Direction direction, RagVerdict verdict, boolean familyExperience, boolean publishable,
        boolean demo, boolean mayEdit, ChartData chart, List<LinkedOutcome> outcomes) {
}
