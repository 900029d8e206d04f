package org.tandem.sef;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the evidence form edits; the service checks it again. */
public class EvidenceDraft {

    public static final int TITLE_LENGTH = 300;
    public static final int SOURCE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int LINK_LENGTH = 2000;

    private @Nullable Long id;
    private long version;
    @NotBlank(message = "Give the evidence a title.")
    @Size(max = TITLE_LENGTH, message = "Keep the title to " + TITLE_LENGTH + " characters.")
    private String title = "";
    @NotNull(message = "Choose what kind of evidence this is.")
    private @Nullable EvidenceKind kind;
    @NotNull(message = "Choose whose voice this evidence carries.")
    private @Nullable Voice voice;
    @NotNull(message = "Give the date the evidence is from.")
    private @Nullable LocalDate evidencedOn;
    @Size(max = SOURCE_LENGTH, message = "Keep the source to " + SOURCE_LENGTH + " characters.")
    private String sourceOrganisation = "";
    @Size(max = DESCRIPTION_LENGTH, message = "Keep the description to " + DESCRIPTION_LENGTH + " characters.")
    private String description = "";
    @Size(max = LINK_LENGTH, message = "Keep the link to " + LINK_LENGTH + " characters.")
    private @Nullable String link;
    private boolean personalData;
    @Size(max = 60, message = "Link at most 60 criteria.")
    private Set<Long> criterionIds = new HashSet<>();
    @Size(max = 20, message = "Link at most 20 actions.")
    private Set<Long> actionIds = new HashSet<>();
    @Size(max = 60, message = "Link at most 60 priorities, risks and \"you said, we did\" items.")
    private Set<EvidenceLink> otherLinks = new HashSet<>();

    static EvidenceDraft of(Evidence evidence) {
        EvidenceDraft draft = new EvidenceDraft();
        draft.id = evidence.getId();
        draft.version = evidence.getVersion();
        draft.title = evidence.getTitle();
        draft.kind = evidence.getKind();
        draft.voice = evidence.getVoice();
        draft.evidencedOn = evidence.getEvidencedOn();
        draft.sourceOrganisation = evidence.getSourceOrganisation();
        draft.description = evidence.getDescription();
        draft.link = evidence.getLink();
        draft.personalData = evidence.isPersonalData();
        draft.criterionIds = evidence.linked(LinkTarget.CRITERION);
        draft.actionIds = evidence.linked(LinkTarget.ACTION);
        evidence.getLinks().stream().filter(l -> l.kind() != LinkTarget.CRITERION && l.kind() != LinkTarget.ACTION)
                .forEach(draft.otherLinks::add);
        return draft;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public @Nullable EvidenceKind getKind() {
        return kind;
    }

    public void setKind(@Nullable EvidenceKind kind) {
        this.kind = kind;
    }

    public @Nullable Voice getVoice() {
        return voice;
    }

    public void setVoice(@Nullable Voice voice) {
        this.voice = voice;
    }

    public @Nullable LocalDate getEvidencedOn() {
        return evidencedOn;
    }

    public void setEvidencedOn(@Nullable LocalDate evidencedOn) {
        this.evidencedOn = evidencedOn;
    }

    public String getSourceOrganisation() {
        return sourceOrganisation;
    }

    public void setSourceOrganisation(String sourceOrganisation) {
        this.sourceOrganisation = sourceOrganisation == null ? "" : sourceOrganisation;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public @Nullable String getLink() {
        return link;
    }

    public void setLink(@Nullable String link) {
        this.link = link;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public Set<Long> getCriterionIds() {
        return criterionIds;
    }

    public void setCriterionIds(Set<Long> criterionIds) {
        this.criterionIds = new HashSet<>(criterionIds);
    }

    public Set<Long> getActionIds() {
        return actionIds;
    }

    public void setActionIds(Set<Long> actionIds) {
        this.actionIds = new HashSet<>(actionIds);
    }

    /** Links to priorities, risks and "you said, we did" items, by id. */
    public Set<EvidenceLink> getOtherLinks() {
        return otherLinks;
    }

    public void setOtherLinks(Set<EvidenceLink> otherLinks) {
        this.otherLinks = new HashSet<>(otherLinks);
    }
}
