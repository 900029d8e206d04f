package org.tandem.measure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A priority and its measures, for the dashboard; a null id holds the measures linked to no priority. */
public record PriorityMeasures(@Nullable Long priorityId, String label, List<MeasureSummary> measures) {
}
