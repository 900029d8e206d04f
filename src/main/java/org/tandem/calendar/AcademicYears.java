package org.tandem.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcademicYears extends JpaRepository<AcademicYear, Long> {

    boolean existsByStartYear(int startYear);

    @Query("select distinct y from AcademicYear y left join fetch y.halfTerms order by y.startYear desc")
    List<AcademicYear> findAllWithHalfTerms();

    @Query("select y from AcademicYear y left join fetch y.halfTerms where y.id = :id")
    Optional<AcademicYear> findWithHalfTerms(long id);
}
