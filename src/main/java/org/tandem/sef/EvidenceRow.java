package org.tandem.sef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as the library lists it, with whether the person may open it and change it, and the
 * priorities, actions, risks and "you said, we did" items it supports that the person may see.
 */
public record EvidenceRow(long id, long version, String title, EvidenceKind kind, Voice voice, LocalDate evidencedOn,
        String sourceOrganisation, String description, @Nullable String link, @Nullable String fileName,
        @Nullable Long sizeBytes, boolean personalData, String addedBy, int criteria, boolean mayChange, List<SupportedItem> supports) {

    static EvidenceRow of(Evidence e, boolean mayChange) {
        return of(e, mayChange, Map.of());
    }

    static EvidenceRow of(Evidence e, boolean mayChange, Map<EvidenceLink, SupportedItem> names) {
        List<SupportedItem> supports = names.isEmpty() ? List.of() : names.entrySet().stream()
                .filter(entry -> e.getLinks().contains(entry.getKey())).map(Map.Entry::getValue).toList();
        return new EvidenceRow(e.getId(), e.getVersion(), e.getTitle(), e.getKind(), e.getVoice(), e.getEvidencedOn(),
                e.getSourceOrganisation(), e.getDescription(), e.getLink(), e.getFileName(), e.getSizeBytes(),
                e.isPersonalData(), e.getAddedBy(), e.linked(LinkTarget.CRITERION).size(), mayChange, supports);
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
