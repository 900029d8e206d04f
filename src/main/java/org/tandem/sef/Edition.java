package org.tandem.sef;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.BritishDates;
import org.tandem.shared.ValidationProblem;

/**
 * One year's self-evaluation on a framework ("SEF 2025/26"). It goes draft → submitted to the board → approved,
 * and once approved it is frozen: every change is refused, with the reason, until a new edition is started.
 */
@Entity
@Table(name = "sef_edition")
public class Edition extends AbstractEntity {

    /** The default scale, best first; always words, never colour alone. */
    public static final List<String> DEFAULT_SCALE = List.of("Strong", "Secure", "Developing", "Weak");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private FrameworkTemplate template;

    @Column(name = "academic_year", nullable = false, length = 7)
    private String academicYear;

    /** The judgements offered, best first, separated by commas. */
    @Column(nullable = false, length = 300)
    private String scale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EditionStatus status = EditionStatus.DRAFT;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_on")
    private @Nullable LocalDate submittedOn;

    @Column(name = "approved_on")
    private @Nullable LocalDate approvedOn;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "minute_reference", length = 100)
    private @Nullable String minuteReference;

    @Column(name = "approved_by", length = 200)
    private @Nullable String approvedBy;

    protected Edition() {
    }

    Edition(FrameworkTemplate template, String academicYear, List<String> scale, Instant startedAt) {
        this.template = template;
        this.academicYear = academicYear;
        this.scale = String.join(",", scale);
        this.startedAt = startedAt;
    }

    public String name() {
        return "SEF " + academicYear;
    }

    /** Refuses any change to an approved edition, saying why. */
    void requireOpen() {
        if (status == EditionStatus.APPROVED) {
            throw new ValidationProblem("edition", name() + " was approved by the board on "
                    + BritishDates.LONG.format(approvedOn) + " (minute " + minuteReference + ") and is frozen. "
                    + "Start a new edition to change it.");
        }
    }

    void submit(LocalDate on) {
        requireOpen();
        if (status != EditionStatus.DRAFT) {
            throw new ValidationProblem("edition", name() + " is already with the board.");
        }
        status = EditionStatus.SUBMITTED;
        submittedOn = on;
    }

    void approve(LocalDate on, String minute, String by, Instant at) {
        requireOpen();
        if (status != EditionStatus.SUBMITTED) {
            throw new ValidationProblem("edition", "Submit " + name() + " to the board before approving it.");
        }
        if (minute.isBlank()) {
            throw new ValidationProblem("minuteReference", "Give the minute that records the board's approval.");
        }
        if (submittedOn != null && on.isBefore(submittedOn)) {
            throw new ValidationProblem("approvedOn", "The approval date cannot be before it was submitted.");
        }
        status = EditionStatus.APPROVED;
        approvedOn = on;
        approvedAt = at;
        minuteReference = minute.strip();
        approvedBy = by;
    }

    public List<String> scale() {
        return Arrays.stream(scale.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Whether a judgement is in the lower half of the scale (developing or weak on the default scale), where the
     * gap view expects an action to be linked.
     */
    public boolean needsAction(@Nullable String judgement) {
        List<String> grades = scale();
        int at = judgement == null ? -1 : grades.indexOf(judgement);
        return at >= 0 && at >= grades.size() / 2;
    }

    public FrameworkTemplate getTemplate() {
        return template;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public EditionStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public @Nullable LocalDate getApprovedOn() {
        return approvedOn;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    public @Nullable String getMinuteReference() {
        return minuteReference;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }
}
