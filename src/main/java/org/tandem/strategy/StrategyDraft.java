package org.tandem.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an admin edits about a strategy. */
public class StrategyDraft {

    private @Nullable Long id;
    private long version;

    @NotBlank(message = "Enter the strategy's name")
    @Size(max = Strategy.NAME_LENGTH, message = "Use at most " + Strategy.NAME_LENGTH + " characters")
    private String name = "";

    @NotNull(message = "Enter the first day the strategy covers")
    private @Nullable LocalDate periodFrom;

    @NotNull(message = "Enter the last day the strategy covers")
    private @Nullable LocalDate periodTo;

    @Size(max = Strategy.TEXT_LENGTH, message = "Use at most " + Strategy.TEXT_LENGTH + " characters")
    private String vision = "";

    @Size(max = Strategy.TEXT_LENGTH, message = "Use at most " + Strategy.TEXT_LENGTH + " characters")
    private String principles = "";

    static StrategyDraft of(Strategy strategy) {
        StrategyDraft draft = new StrategyDraft();
        draft.id = strategy.getId();
        draft.version = strategy.getVersion();
        draft.name = strategy.getName();
        draft.periodFrom = strategy.getPeriodFrom();
        draft.periodTo = strategy.getPeriodTo();
        draft.vision = strategy.getVision();
        draft.principles = strategy.getPrinciples();
        return draft;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public @Nullable LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(@Nullable LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public @Nullable LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(@Nullable LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision == null ? "" : vision.strip();
    }

    public String getPrinciples() {
        return principles;
    }

    public void setPrinciples(String principles) {
        this.principles = principles == null ? "" : principles.strip();
    }
}
