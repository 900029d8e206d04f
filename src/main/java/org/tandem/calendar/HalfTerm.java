package org.tandem.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.tandem.shared.AbstractEntity;

/** One half-term of an academic year, with its first and last day. */
@Entity
@Table(name = "half_term")
@Audited
public class HalfTerm extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "academic_year_id", nullable = false)
    private AcademicYear year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private HalfTermName name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** The board meeting that receives this half-term's report, if recorded. */
    @Column(name = "board_meeting")
    private java.time.@org.jspecify.annotations.Nullable LocalDate boardMeeting;

    @Column(name = "closed_at")
    private java.time.@org.jspecify.annotations.Nullable Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private @org.jspecify.annotations.Nullable String closedBy;

    protected HalfTerm() {
        this.year = null;
        this.name = HalfTermName.AUTUMN_1;
        this.startDate = LocalDate.EPOCH;
        this.endDate = LocalDate.EPOCH;
    }

    HalfTerm(AcademicYear year, HalfTermName name, LocalDate startDate, LocalDate endDate) {
        this.year = year;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public HalfTermName getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    AcademicYear getYear() {
        return year;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Progress updates for a closed half-term can no longer change; the board report closes it. */
    void close(String by, java.time.Instant at) {
        if (closedAt == null) {
            this.closedAt = at;
            this.closedBy = by;
        }
    }

    void reschedule(LocalDate start, LocalDate end, java.time.@org.jspecify.annotations.Nullable LocalDate meeting) {
        this.startDate = start;
        this.endDate = end;
        this.boardMeeting = meeting;
    }

    public java.time.@org.jspecify.annotations.Nullable LocalDate getBoardMeeting() {
        return boardMeeting;
    }

    @Override
    public String toString() {
        return name.label();
    }
}
