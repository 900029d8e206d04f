package org.tandem.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Measures extends JpaRepository<Measure, Long> {

    /** The measures the partnership watches: retired ones are left out of every list but their own. */
    @Query("select m from Measure m where m.retiredOn is null order by m.name")
    List<Measure> ordered();

    @Query("select m from Measure m where m.retiredOn is not null order by m.name")
    List<Measure> retired();

    Optional<Measure> findByName(String name);

    boolean existsByLibraryCode(String libraryCode);
}
