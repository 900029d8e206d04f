package org.tandem.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HalfTerms extends JpaRepository<HalfTerm, Long> {

    @Query("select h from HalfTerm h join fetch h.year where h.startDate <= :date and h.endDate >= :date")
    List<HalfTerm> containing(@Param("date") LocalDate date, Limit limit);

    @Query("select h from HalfTerm h join fetch h.year where h.id in :ids")
    List<HalfTerm> withYears(@Param("ids") java.util.Collection<Long> ids);

    @Query("select h from HalfTerm h join fetch h.year where h.endDate < :date order by h.endDate desc")
    List<HalfTerm> endingBefore(@Param("date") LocalDate date, Limit limit);

    @Query("select h from HalfTerm h join fetch h.year where h.startDate > :date order by h.startDate asc")
    List<HalfTerm> startingAfter(@Param("date") LocalDate date, Limit limit);
}
