package org.tandem.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin or lead edits about an action; an empty reference is numbered automatically (e.g. "2.3"). */
public class ActionDraft {

    private @Nullable Long id;
    private long version;

    @Size(max = ActionItem.REFERENCE_LENGTH, message = "Use at most " + ActionItem.REFERENCE_LENGTH + " characters")
    @Pattern(regexp = "[A-Za-z0-9.\\-]*", message = "Use letters, digits, dots and dashes only")
    private String reference = "";

    @NotBlank(message = "Enter what we will do")
    @Size(max = ActionItem.TITLE_LENGTH, message = "Use at most " + ActionItem.TITLE_LENGTH + " characters")
    private String title = "";

    @Size(max = ActionItem.DESCRIPTION_LENGTH,
            message = "Use at most " + ActionItem.DESCRIPTION_LENGTH + " characters")
    private String description = "";

    @NotNull(message = "Choose the priority this action serves")
    private @Nullable Long priorityId;

    private @Nullable Long workstreamId;
    private @Nullable Long ownerId;
    private Set<Long> partnerOrganisationIds = new HashSet<>();
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate dueDate;
    private Set<CoProductionPartner> coProducedWith = EnumSet.noneOf(CoProductionPartner.class);

    static ActionDraft of(ActionItem action) {
        ActionDraft draft = new ActionDraft();
        draft.id = action.getId();
        draft.version = action.getVersion();
        draft.reference = action.getReference();
        draft.title = action.getTitle();
        draft.description = action.getDescription();
        draft.priorityId = action.getPriorityId();
        draft.workstreamId = action.getWorkstream() == null ? null : action.getWorkstream().getId();
        draft.ownerId = action.getOwnerId();
        draft.partnerOrganisationIds = new HashSet<>(action.getPartnerOrganisationIds());
        draft.startDate = action.getStartDate();
        draft.dueDate = action.getDueDate();
        draft.coProducedWith = action.getCoProducedWith().isEmpty() ? EnumSet.noneOf(CoProductionPartner.class)
                : EnumSet.copyOf(action.getCoProducedWith());
        return draft;
    }

    /**
     * Keeps what this draft holds but takes the version of {@code saved}, after someone else saved first: the next
     * save then replaces their version knowingly.
     */
    public void rebaseOn(ActionDraft saved) {
        this.version = saved.version;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null ? "" : reference.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
    }

    public @Nullable Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(@Nullable Long priorityId) {
        this.priorityId = priorityId;
    }

    public @Nullable Long getWorkstreamId() {
        return workstreamId;
    }

    public void setWorkstreamId(@Nullable Long workstreamId) {
        this.workstreamId = workstreamId;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public Set<Long> getPartnerOrganisationIds() {
        return partnerOrganisationIds;
    }

    public void setPartnerOrganisationIds(Set<Long> ids) {
        this.partnerOrganisationIds = ids == null ? new HashSet<>() : new HashSet<>(ids);
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Set<CoProductionPartner> getCoProducedWith() {
        return coProducedWith;
    }

    public void setCoProducedWith(Set<CoProductionPartner> partners) {
        this.coProducedWith = partners == null || partners.isEmpty() ? EnumSet.noneOf(CoProductionPartner.class)
                : EnumSet.copyOf(partners);
    }
}
