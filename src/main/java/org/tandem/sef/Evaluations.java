package org.tandem.sef;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, Long> {

    /** An edition's evaluations in framework order, with criteria, areas and linked actions, in one statement. */
    @Query("select distinct v from Evaluation v join fetch v.criterion c join fetch c.area a "
            + "left join fetch v.actionIds where v.edition.id = ?1 order by a.position, c.position")
    List<Evaluation> ofEdition(long editionId);
}
