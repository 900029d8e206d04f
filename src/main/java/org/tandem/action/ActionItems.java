package org.tandem.action;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionItems extends JpaRepository<ActionItem, Long>, JpaSpecificationExecutor<ActionItem> {

    @Override
    @EntityGraph(attributePaths = "workstream")
    org.springframework.data.domain.Page<ActionItem> findAll(
            org.springframework.data.jpa.domain.Specification<ActionItem> specification,
            org.springframework.data.domain.Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "workstream")
    List<ActionItem> findAll(org.springframework.data.jpa.domain.Specification<ActionItem> specification);

    boolean existsByReference(String reference);

    boolean existsByReferenceAndIdNot(String reference, long id);

    Optional<ActionItem> findByReference(String reference);

    @Query("select a.reference from ActionItem a where a.reference like concat(:prefix, '%')")
    List<String> referencesStartingWith(@Param("prefix") String prefix);

    @Query("select a from ActionItem a left join fetch a.workstream where a.id = :id")
    Optional<ActionItem> findWithWorkstream(@Param("id") long id);

    /** Per priority and status, how many actions: the overview cards in one statement. */
    @Query("select a.priorityId, a.status, count(a) from ActionItem a group by a.priorityId, a.status")
    List<Object[]> countByPriorityAndStatus();

    /** Per priority, how many open actions are past their due date. */
    @Query("""
            select a.priorityId, count(a) from ActionItem a
            where a.dueDate < :today and a.status not in (org.tandem.action.ActionStatus.COMPLETE,
                  org.tandem.action.ActionStatus.CANCELLED)
            group by a.priorityId
            """)
    List<Object[]> countOverdueByPriority(@Param("today") java.time.LocalDate today);

    /** Open actions with an owner and no update for the half-term yet, for the owners' reminders. */
    @Query("""
            select a from ActionItem a
            where a.ownerId is not null
              and a.status not in (org.tandem.action.ActionStatus.COMPLETE, org.tandem.action.ActionStatus.CANCELLED)
              and not exists (select u.id from ProgressUpdate u where u.action = a and u.halfTermId = :halfTermId)
            order by a.referenceKey, a.reference
            """)
    List<ActionItem> ownedAndAwaitingUpdateIn(@Param("halfTermId") long halfTermId);

    /** One owner's open actions with no update for the half-term yet: their home page, not everyone's. */
    @Query("""
            select a from ActionItem a
            where a.ownerId = :ownerId
              and a.status not in (org.tandem.action.ActionStatus.COMPLETE, org.tandem.action.ActionStatus.CANCELLED)
              and not exists (select u.id from ProgressUpdate u where u.action = a and u.halfTermId = :halfTermId)
            order by a.referenceKey, a.reference
            """)
    List<ActionItem> ownedByAndAwaitingUpdateIn(@Param("ownerId") long ownerId,
            @Param("halfTermId") long halfTermId);
}
