package org.tandem.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.shared.SystemAuthentication;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * What anyone may read without signing in: published entries only, newest first. Held in memory and dropped
 * whenever something is published, updated, withdrawn or archived, so the page and feeds cost no queries
 * between changes.
 */
@Service
public class PublicFeedback {

    private final FeedbackItems items;
    private final StrategyService strategy;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable List<PublicEntry> cache;

    PublicFeedback(FeedbackItems items, StrategyService strategy, Clock clock) {
        this.items = items;
        this.strategy = strategy;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicEntry> entries() {
        List<PublicEntry> cached = cache;
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        List<PublicEntry> loaded = load();
        if (generation.get() == before) {
            cache = loaded;
        }
        return loaded;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicEntry> search(PublicQuery query) {
        return entries().stream().filter(query::matches).limit(query.limit()).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publicationChanged(FeedbackPublicationChanged event) {
        generation.incrementAndGet();
        cache = null;
    }

    private List<PublicEntry> load() {
        List<Feedback> published = items.findByStage(Stage.PUBLISHED);
        List<Long> priorityIds = published.stream().flatMap(f -> f.getPriorityIds().stream()).distinct().toList();
        // Priority titles are public (the strategy is published), but the strategy service serves only the
        // signed-in; the system reads them on the visitor's behalf.
        Map<Long, PriorityInfo> priorities = priorityIds.isEmpty() ? Map.of()
                : SystemAuthentication.call(() -> strategy.prioritiesById(priorityIds));
        return published.stream().filter(f -> f.getPublishedAt() != null && f.getResponseKind() != null)
                .map(f -> new PublicEntry(f.getId(), f.getPublicYouSaid(), f.getPublicWeDid(), f.getResponseKind(),
                        f.getPublishedAt(), LocalDate.ofInstant(f.getPublishedAt(), clock.getZone()),
                        f.getThemes().stream().sorted().toList(),
                        f.getPriorityIds().stream().map(priorities::get).filter(p -> p != null)
                                .sorted(Comparator.comparingInt(PriorityInfo::number))
                                .map(p -> new PublicEntry.PublicPriority(p.number(), p.title())).toList()))
                .sorted(Comparator.comparing(PublicEntry::publishedAt).reversed()
                        .thenComparing(Comparator.comparingLong(PublicEntry::id).reversed()))
                .toList();
    }
}
