package org.tandem.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Measures extends JpaRepository<Measure, Long> {

    @Query("select m from Measure m order by m.name")
    List<Measure> ordered();

    Optional<Measure> findByName(String name);

    boolean existsByLibraryCode(String libraryCode);
}
