package org.tandem.sef;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A piece of evidence as the library lists it, with whether the person may open it and change it. */
public record EvidenceRow(long id, long version, String title, EvidenceKind kind, Voice voice, LocalDate evidencedOn,
        String sourceOrganisation, String description, @Nullable String link, @Nullable String fileName,
        @Nullable Long sizeBytes, boolean personalData, String addedBy, int criteria, boolean mayChange) {

    static EvidenceRow of(Evidence e, boolean mayChange) {
        return new EvidenceRow(e.getId(), e.getVersion(), e.getTitle(), e.getKind(), e.getVoice(), e.getEvidencedOn(),
                e.getSourceOrganisation(), e.getDescription(), e.getLink(), e.getFileName(), e.getSizeBytes(),
                e.isPersonalData(), e.getAddedBy(), e.linked(LinkTarget.CRITERION).size(), mayChange);
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
