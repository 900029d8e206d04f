package org.tandem.sef;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/**
 * One item of the evidence library: what it is, whose voice it carries, when and from whom, and either a stored
 * file (kept in {@code sef_evidence_file}, described here) or a web link. What it supports is kept as links.
 */
@Entity
@Table(name = "sef_evidence")
public class Evidence extends AbstractEntity {

    @Column(nullable = false, length = EvidenceDraft.TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EvidenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Voice voice;

    @Column(name = "evidenced_on", nullable = false)
    private LocalDate evidencedOn;

    @Column(name = "source_organisation", nullable = false, length = EvidenceDraft.SOURCE_LENGTH)
    private String sourceOrganisation;

    @Column(nullable = false, length = EvidenceDraft.DESCRIPTION_LENGTH)
    private String description;

    @Column(length = EvidenceDraft.LINK_LENGTH)
    private @Nullable String link;

    @Column(name = "file_id")
    private @Nullable Long fileId;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "content_type", length = 150)
    private @Nullable String contentType;

    @Column(name = "size_bytes")
    private @Nullable Long sizeBytes;

    @Column(length = 64)
    private @Nullable String sha256;

    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Column(name = "added_by_id")
    private @Nullable Long addedById;

    @Column(name = "added_by", nullable = false, length = 200)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    // A page of the library loads its items' links in one statement, not one per item.
    @org.hibernate.annotations.BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "sef_evidence_link", joinColumns = @JoinColumn(name = "evidence_id"))
    private Set<EvidenceLink> links = new HashSet<>();

    protected Evidence() {
    }

    Evidence(EvidenceDraft draft, @Nullable Long addedById, String addedBy, Instant addedAt) {
        this.addedById = addedById;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        describe(draft);
        this.link = draft.getLink() == null || draft.getLink().isBlank() ? null : draft.getLink().strip();
    }

    void describe(EvidenceDraft draft) {
        title = draft.getTitle().strip();
        kind = draft.getKind();
        voice = draft.getVoice();
        evidencedOn = draft.getEvidencedOn();
        sourceOrganisation = draft.getSourceOrganisation().strip();
        description = draft.getDescription().strip();
        personalData = draft.isPersonalData();
        links.clear();
        draft.getCriterionIds().forEach(id -> links.add(new EvidenceLink(LinkTarget.CRITERION, id)));
        draft.getActionIds().forEach(id -> links.add(new EvidenceLink(LinkTarget.ACTION, id)));
        draft.getOtherLinks().forEach(links::add);
    }

    void relink(@Nullable String link) {
        this.link = link == null || link.isBlank() ? null : link.strip();
    }

    void attach(StoredFile file) {
        this.fileId = file.id();
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.link = null;
    }

    public Set<Long> linked(LinkTarget target) {
        Set<Long> ids = new HashSet<>();
        links.stream().filter(l -> l.kind() == target).forEach(l -> ids.add(l.targetId()));
        return ids;
    }

    public String getTitle() {
        return title;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Voice getVoice() {
        return voice;
    }

    public LocalDate getEvidencedOn() {
        return evidencedOn;
    }

    public String getSourceOrganisation() {
        return sourceOrganisation;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable String getLink() {
        return link;
    }

    public @Nullable Long getFileId() {
        return fileId;
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public @Nullable String getContentType() {
        return contentType;
    }

    public @Nullable Long getSizeBytes() {
        return sizeBytes;
    }

    public @Nullable String getSha256() {
        return sha256;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public @Nullable Long getAddedById() {
        return addedById;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Set<EvidenceLink> getLinks() {
        return links;
    }
}
