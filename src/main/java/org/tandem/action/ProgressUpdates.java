package org.tandem.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgressUpdates extends JpaRepository<ProgressUpdate, Long> {

    @Query("select u from ProgressUpdate u where u.action.id = :actionId order by u.createdAt desc")
    List<ProgressUpdate> forAction(@Param("actionId") long actionId, Limit limit);

    @Query("select u from ProgressUpdate u where u.action.id = :actionId and u.halfTermId = :halfTermId")
    Optional<ProgressUpdate> forActionAndHalfTerm(@Param("actionId") long actionId,
            @Param("halfTermId") long halfTermId);

    /** The newest update of each of the given actions. */
    @Query("""
            select u from ProgressUpdate u where u.action.id in :actionIds and u.createdAt =
                (select max(v.createdAt) from ProgressUpdate v where v.action = u.action)
            """)
    List<ProgressUpdate> latestFor(@Param("actionIds") Collection<Long> actionIds);

    @Query("select u from ProgressUpdate u join fetch u.action a where a.priorityId = :priorityId order by u.createdAt desc")
    List<ProgressUpdate> latestForPriority(@Param("priorityId") long priorityId, Limit limit);

    @Query("select u.action.id from ProgressUpdate u where u.halfTermId = :halfTermId and u.action.id in :actionIds")
    List<Long> actionsUpdatedIn(@Param("halfTermId") long halfTermId, @Param("actionIds") Collection<Long> actionIds);
}
