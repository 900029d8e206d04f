package org.tandem.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an admin edits about a priority; outcomes are one statement a line. */
public class PriorityDraft {

    private @Nullable Long id;
    private long version;

    @Min(value = 1, message = "Use a number from 1 to 99")
    @Max(value = 99, message = "Use a number from 1 to 99")
    private int number = 1;

    @NotBlank(message = "Enter a short title")
    @Size(max = Priority.TITLE_LENGTH, message = "Use at most " + Priority.TITLE_LENGTH + " characters")
    private String title = "";

    @Size(max = Priority.DESCRIPTION_LENGTH, message = "Use at most " + Priority.DESCRIPTION_LENGTH + " characters")
    private String description = "";

    private List<@Size(max = Priority.OUTCOME_LENGTH,
            message = "Keep each outcome to " + Priority.OUTCOME_LENGTH + " characters") String> outcomes =
            new ArrayList<>();

    private @Nullable Long sponsorId;
    private @Nullable Long leadOrganisationId;

    static PriorityDraft of(Priority priority) {
        PriorityDraft draft = new PriorityDraft();
        draft.id = priority.getId();
        draft.version = priority.getVersion();
        draft.number = priority.getNumber();
        draft.title = priority.getTitle();
        draft.description = priority.getDescription();
        draft.outcomes = new ArrayList<>(priority.getOutcomes());
        draft.sponsorId = priority.getSponsorId();
        draft.leadOrganisationId = priority.getLeadOrganisationId();
        return draft;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
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

    public List<String> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes = outcomes == null ? new ArrayList<>() : outcomes.stream().map(String::strip)
                .filter(line -> !line.isEmpty()).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** Outcomes as the text area shows them: one a line. */
    public String getOutcomesText() {
        return String.join("\n", outcomes);
    }

    public void setOutcomesText(String text) {
        setOutcomes(text == null ? List.of() : List.of(text.split("\\R")));
    }

    public @Nullable Long getSponsorId() {
        return sponsorId;
    }

    public void setSponsorId(@Nullable Long sponsorId) {
        this.sponsorId = sponsorId;
    }

    public @Nullable Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public void setLeadOrganisationId(@Nullable Long leadOrganisationId) {
        this.leadOrganisationId = leadOrganisationId;
    }
}
