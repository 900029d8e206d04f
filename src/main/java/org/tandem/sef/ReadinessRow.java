package org.tandem.sef;

import java.util.List;

/** One item of the readiness list with the evidence that answers it (titles the person may see), or missing. */
public record ReadinessRow(long id, long version, String title, String description, List<EvidenceRow> evidence,
        int hidden, boolean mayEdit) {

    public boolean missing() {
        return evidence.isEmpty() && hidden == 0;
    }
}
