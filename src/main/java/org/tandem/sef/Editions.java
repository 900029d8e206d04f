package org.tandem.sef;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Editions extends JpaRepository<Edition, Long> {

    @Query("select e from Edition e join fetch e.template order by e.academicYear desc")
    List<Edition> newestFirst();

    boolean existsByAcademicYear(String academicYear);

    Optional<Edition> findByAcademicYear(String academicYear);
}
