package org.tandem.risk;

import java.util.List;

/** One row of an imported register as the preview shows it: the risk it would raise, and what was read how. */
public record RiskImportRow(RiskDraft draft, String owner, String category, List<String> notes) {

    public RiskImportRow {
        notes = List.copyOf(notes);
    }
}
