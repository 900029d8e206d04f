package org.tandem.measure;

import java.time.Instant;
import java.util.List;
import org.tandem.shared.Rag;

/**
 * The public progress page as it stood when a board report was issued: each priority with its RAG in words and
 * its publishable measures. Values on a small base are left out, so that no child can be picked out.
 */
public record ProgressPage(String halfTerm, Instant takenAt, List<PublicPriority> priorities) {

    public ProgressPage {
        priorities = List.copyOf(priorities);
    }

    public record PublicPriority(String label, Rag rag, String why, List<PublicMeasure> measures) {
        public PublicPriority {
            measures = List.copyOf(measures);
        }
    }

    public record PublicMeasure(String name, String definition, String latest, String period, String target,
            String direction, Rag rag, String why, boolean familyExperience, List<PublicValue> values,
            ChartData chart) {
        public PublicMeasure {
            values = List.copyOf(values);
        }
    }

    public record PublicValue(String period, String value, String status) {
    }
}
