package org.tandem.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Measures extends JpaRepository<Measure, Long> {

    /** The measures the partnership watches: retired ones are left out of every list but their own. */
    // The linked outcomes come in the same statement: a set, so joining it repeats no measure once distinct.
    @Query("select distinct m from Measure m left join fetch m.outcomes where m.retiredOn is null order by m.name")
    List<Measure> ordered();

    @Query("select m from Measure m where m.retiredOn is not null order by m.name")
    List<Measure> retired();

    /** One measure with its linked outcomes, in one statement, for its page. */
    @Query("select m from Measure m left join fetch m.outcomes where m.id = :id")
    Optional<Measure> withOutcomes(long id);

    Optional<Measure> findByName(String name);

    boolean existsByLibraryCode(String libraryCode);
}
