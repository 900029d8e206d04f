package org.tandem.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An academic year as the admin edits it: a start year and six pairs of dates. */
public class YearDraft {

    private @Nullable Long id;
    private long version;
    private int startYear;
    private final List<Dates> halfTerms = new ArrayList<>();

    public YearDraft(int startYear) {
        this.startYear = startYear;
        for (HalfTermName name : HalfTermName.values()) {
            halfTerms.add(new Dates(name));
        }
    }

    static YearDraft of(AcademicYear year) {
        YearDraft draft = new YearDraft(year.getStartYear());
        draft.id = year.getId();
        draft.version = year.getVersion();
        for (HalfTerm halfTerm : year.getHalfTerms()) {
            Dates dates = draft.dates(halfTerm.getName());
            dates.setStart(halfTerm.getStartDate());
            dates.setEnd(halfTerm.getEndDate());
            dates.setBoardMeeting(halfTerm.getBoardMeeting());
        }
        return draft;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getStartYear() {
        return startYear;
    }

    public void setStartYear(int startYear) {
        this.startYear = startYear;
    }

    public String label() {
        return AcademicYear.label(startYear);
    }

    public List<Dates> getHalfTerms() {
        return halfTerms;
    }

    public Dates dates(HalfTermName name) {
        return halfTerms.get(name.ordinal());
    }

    /** The first and last day of one half-term; either may be missing while the admin types. */
    public static class Dates {
        private final HalfTermName name;
        private @Nullable LocalDate start;
        private @Nullable LocalDate end;
        private @Nullable LocalDate boardMeeting;

        Dates(HalfTermName name) {
            this.name = name;
        }

        public HalfTermName getName() {
            return name;
        }

        public @Nullable LocalDate getStart() {
            return start;
        }

        public void setStart(@Nullable LocalDate start) {
            this.start = start;
        }

        public @Nullable LocalDate getEnd() {
            return end;
        }

        public @Nullable LocalDate getBoardMeeting() {
            return boardMeeting;
        }

        public void setBoardMeeting(@Nullable LocalDate boardMeeting) {
            this.boardMeeting = boardMeeting;
        }

        public void setEnd(@Nullable LocalDate end) {
            this.end = end;
        }
    }
}
