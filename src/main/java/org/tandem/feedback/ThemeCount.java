package org.tandem.feedback;

import java.util.Map;

/** How many pieces of feedback about one theme are at each stage, for the theme summary. */
public record ThemeCount(Theme theme, Map<Stage, Long> byStage) {

    public long at(Stage stage) {
        return byStage.getOrDefault(stage, 0L);
    }

    public long total() {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
