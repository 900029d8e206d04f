package org.tandem.sef;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EvidenceItems extends JpaRepository<Evidence, Long>, JpaSpecificationExecutor<Evidence> {

    /** What strength needs of the evidence behind these criteria, one row per link, in one statement. */
    @Query("select new org.tandem.sef.Backing(l.targetId, e.id, e.voice, e.evidencedOn, e.addedAt, e.title, "
            + "e.personalData) from Evidence e join e.links l where l.kind = org.tandem.sef.LinkTarget.CRITERION "
            + "and l.targetId in ?1")
    List<Backing> backing(Collection<Long> criterionIds);

    @Query("select distinct e from Evidence e left join fetch e.links where e.id in ?1")
    List<Evidence> withLinks(Collection<Long> ids);
}
