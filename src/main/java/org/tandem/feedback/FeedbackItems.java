package org.tandem.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FeedbackItems extends JpaRepository<Feedback, Long> {

    /** The register: every filter optional; text searches what was said and the public wording. */
    @Query("""
            select f from Feedback f
            where (:stage is null or f.stage = :stage)
              and (:theme is null or :theme member of f.themes)
              and (:loggedBy is null or f.loggedBy = :loggedBy)
              and (:officerId is null or f.officerId = :officerId)
              and (:overdueBefore is null or (f.stage in (org.tandem.feedback.Stage.LOGGED,
                   org.tandem.feedback.Stage.ASSIGNED) and f.loggedAt < :overdueBefore))
              and (:text = '' or lower(f.whatWasSaid) like concat('%', :text, '%')
                   or lower(coalesce(f.publicYouSaid, '')) like concat('%', :text, '%')
                   or lower(coalesce(f.publicWeDid, '')) like concat('%', :text, '%'))
            """)
    Page<Feedback> search(@Param("stage") @Nullable Stage stage, @Param("theme") @Nullable String theme,
            @Param("loggedBy") @Nullable String loggedBy, @Param("officerId") @Nullable Long officerId,
            @Param("overdueBefore") @Nullable Instant overdueBefore, @Param("text") String text, Pageable pageable);

    boolean existsByWhatWasSaid(String whatWasSaid);

    /** Per theme (its code) and stage, how many were said between two dates (both included): one statement. */
    @Query("""
            select t, f.stage, count(f) from Feedback f join f.themes t
            where f.saidOn >= :from and f.saidOn <= :to
            group by t, f.stage
            """)
    List<Object[]> countByThemeAndStage(@Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to);

    /** The public columns of every published item (no entities: the public page reads nothing else). */
    @Query("""
            select f.id, f.publicYouSaid, f.publicWeDid, f.responseKind, f.publishedAt from Feedback f
            where f.stage = org.tandem.feedback.Stage.PUBLISHED and f.publishedAt is not null
              and f.responseKind is not null
            """)
    List<Object[]> publishedColumns();

    /** Item id and theme code of every published item's themes. */
    @Query("select f.id, t from Feedback f join f.themes t where f.stage = org.tandem.feedback.Stage.PUBLISHED")
    List<Object[]> publishedThemes();

    /** Item id and priority id of every published item's priorities. */
    @Query("select f.id, p from Feedback f join f.priorityIds p where f.stage = org.tandem.feedback.Stage.PUBLISHED")
    List<Object[]> publishedPriorities();

    /** Items with an officer and no response yet, logged before a moment, oldest first: overdue responses. */
    @Query("""
            select f from Feedback f
            where f.officerId is not null and f.loggedAt < :loggedBefore
              and f.stage in (org.tandem.feedback.Stage.LOGGED, org.tandem.feedback.Stage.ASSIGNED)
            order by f.loggedAt, f.id
            """)
    List<Feedback> awaitingResponseLoggedBefore(@Param("loggedBefore") Instant loggedBefore,
            org.springframework.data.domain.Limit limit);

    /** One officer's overdue responses, oldest first: their home page. */
    @Query("""
            select f from Feedback f
            where f.officerId = :officerId and f.loggedAt < :loggedBefore
              and f.stage in (org.tandem.feedback.Stage.LOGGED, org.tandem.feedback.Stage.ASSIGNED)
            order by f.loggedAt, f.id
            """)
    List<Feedback> awaitingResponseFromLoggedBefore(@Param("officerId") long officerId,
            @Param("loggedBefore") Instant loggedBefore, org.springframework.data.domain.Limit limit);
}
