package org.tandem.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A half-term's update as the owner types it. */
public class UpdateDraft {

    @NotNull(message = "Choose a status")
    private @Nullable ActionStatus status = ActionStatus.ON_TRACK;

    @Min(value = 0, message = "Enter a percentage from 0 to 100")
    @Max(value = 100, message = "Enter a percentage from 0 to 100")
    private int percentComplete;

    @NotBlank(message = "Say what was done, what difference it made and what comes next")
    @Size(max = ProgressUpdate.NARRATIVE_LENGTH,
            message = "Use at most " + ProgressUpdate.NARRATIVE_LENGTH + " characters")
    private String narrative = "";

    private long version = -1;

    public static UpdateDraft of(ActionStatus status, int percent, String narrative) {
        UpdateDraft draft = new UpdateDraft();
        draft.setStatus(status);
        draft.setPercentComplete(percent);
        draft.setNarrative(narrative);
        return draft;
    }

    public @Nullable ActionStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ActionStatus status) {
        this.status = status;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(int percentComplete) {
        this.percentComplete = percentComplete;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative == null ? "" : narrative.strip();
    }

    /** The version of the update being edited, or -1 for a new one. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
