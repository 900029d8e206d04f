package org.tandem.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.tandem.shared.AbstractEntity;

/** A school year from August to July, e.g. 2025/26, with its six half-terms. */
@Entity
@Table(name = "academic_year")
@Audited
public class AcademicYear extends AbstractEntity {

    @Column(name = "start_year", nullable = false, unique = true)
    private int startYear;

    @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<HalfTerm> halfTerms = new ArrayList<>();

    protected AcademicYear() {
    }

    AcademicYear(int startYear) {
        this.startYear = startYear;
    }

    public int getStartYear() {
        return startYear;
    }

    public String label() {
        return label(startYear);
    }

    static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    List<HalfTerm> getHalfTerms() {
        return halfTerms;
    }

    /** Sets the dates of one half-term, adding it when the year does not have it yet. */
    void schedule(HalfTermName name, LocalDate start, LocalDate end,
            @org.jspecify.annotations.Nullable LocalDate boardMeeting) {
        HalfTerm halfTerm = halfTerms.stream().filter(found -> found.getName() == name).findFirst().orElseGet(() -> {
            HalfTerm added = new HalfTerm(this, name, start, end);
            halfTerms.add(added);
            return added;
        });
        halfTerm.reschedule(start, end, boardMeeting);
    }
}
