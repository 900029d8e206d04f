package org.tandem.action;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The few queries an import needs, each run once per sheet, never once per row. */
interface ImportedActions extends Repository<ActionItem, Long> {

    /** The actions a sheet names, with what an update touches, so that applying it needs no further query. */
    @EntityGraph(attributePaths = {"workstream", "partnerOrganisationIds", "coProducedWith"})
    @Query("select a from ActionItem a where a.reference in :references")
    List<ActionItem> findByReferences(@Param("references") Collection<String> references);

    @Query("select a.reference from ActionItem a")
    List<String> allReferences();
}
