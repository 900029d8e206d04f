package org.tandem.calendar;

import java.util.List;

/** A year and its half-terms, for the calendar screen. */
public record AcademicYearSummary(long id, int startYear, String label, List<HalfTermInfo> halfTerms) {
}
