package org.tandem.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the log and edit forms hold; the service checks the same rules. Channel and themes are held by their
 * codes, which stay the same when an admin renames them.
 */
public class FeedbackDraft {

    private @Nullable Long id;
    private long version;
    @NotBlank(message = "Write down what was said, in words agreed with the forum.")
    @Size(max = Feedback.SAID_LENGTH, message = "Use at most " + Feedback.SAID_LENGTH + " characters.")
    private String whatWasSaid = "";
    @NotNull(message = "Enter the date it was said.")
    private @Nullable LocalDate saidOn;
    @NotBlank(message = "Choose where it was said.")
    private @Nullable String channel;
    @NotNull(message = "Choose who said it.")
    private @Nullable VoiceGroup voiceGroup;
    @Min(value = 1, message = "Enter roughly how many people, from 1.")
    @Max(value = Feedback.MAX_PEOPLE, message = "Enter at most " + Feedback.MAX_PEOPLE + " people.")
    private @Nullable Integer peopleCount;
    private Set<String> themes = new HashSet<>();
    private Set<Long> priorityIds = new HashSet<>();

    static FeedbackDraft of(Feedback feedback) {
        FeedbackDraft draft = new FeedbackDraft();
        draft.id = feedback.getId();
        draft.version = feedback.getVersion();
        draft.whatWasSaid = feedback.getWhatWasSaid();
        draft.saidOn = feedback.getSaidOn();
        draft.channel = feedback.getChannel();
        draft.voiceGroup = feedback.getVoiceGroup();
        draft.peopleCount = feedback.getPeopleCount();
        draft.themes = new HashSet<>(feedback.getThemes());
        draft.priorityIds = new HashSet<>(feedback.getPriorityIds());
        return draft;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getWhatWasSaid() {
        return whatWasSaid;
    }

    public void setWhatWasSaid(@Nullable String whatWasSaid) {
        this.whatWasSaid = whatWasSaid == null ? "" : whatWasSaid.strip();
    }

    public @Nullable LocalDate getSaidOn() {
        return saidOn;
    }

    public void setSaidOn(@Nullable LocalDate saidOn) {
        this.saidOn = saidOn;
    }

    /** The code of a {@link Channel}. */
    public @Nullable String getChannel() {
        return channel;
    }

    public void setChannel(@Nullable String channel) {
        this.channel = channel;
    }

    public @Nullable VoiceGroup getVoiceGroup() {
        return voiceGroup;
    }

    public void setVoiceGroup(@Nullable VoiceGroup voiceGroup) {
        this.voiceGroup = voiceGroup;
    }

    public @Nullable Integer getPeopleCount() {
        return peopleCount;
    }

    public void setPeopleCount(@Nullable Integer peopleCount) {
        this.peopleCount = peopleCount;
    }

    /** The codes of its {@link Theme}s. */
    public Set<String> getThemes() {
        return themes;
    }

    public void setThemes(@Nullable Set<String> themes) {
        this.themes = themes == null ? new HashSet<>() : new HashSet<>(themes);
    }

    public Set<Long> getPriorityIds() {
        return priorityIds;
    }

    public void setPriorityIds(@Nullable Set<Long> priorityIds) {
        this.priorityIds = priorityIds == null ? new HashSet<>() : new HashSet<>(priorityIds);
    }
}
