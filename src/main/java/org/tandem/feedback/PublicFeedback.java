package org.tandem.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.people.Anyone;

/**
 * What anyone may read without signing in: published entries only, newest first, and the themes to filter
 * them by. Held in memory and dropped whenever something is published, updated, withdrawn or archived, or an
 * admin changes the themes, so the page and feeds cost no queries between changes.
 */
@Service
public class PublicFeedback {

    /** What one load reads: the entries, and the themes the page offers (in the admins' order). */
    private record Snapshot(List<PublicEntry> entries, List<Theme> themes) {
    }

    private final FeedbackItems items;
    private final FeedbackChoices choices;
    private final StrategyService strategy;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Snapshot cache;

    PublicFeedback(FeedbackItems items, FeedbackChoices choices, StrategyService strategy, Clock clock) {
        this.items = items;
        this.choices = choices;
        this.strategy = strategy;
        this.clock = clock;
    }

    @Anyone
    @Transactional(readOnly = true)
    public List<PublicEntry> entries() {
        return snapshot().entries();
    }

    /**
     * The themes a visitor may filter by: those offered for new feedback, and retired ones that published
     * entries still have.
     */
    @Anyone
    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return snapshot().themes();
    }

    /** The entries that match; a theme slug that names no theme is ignored, like any other odd input. */
    @Anyone
    @Transactional(readOnly = true)
    public List<PublicEntry> search(PublicQuery query) {
        Snapshot snapshot = snapshot();
        PublicQuery known = query.theme() == null
                || snapshot.themes().stream().anyMatch(theme -> theme.slug().equals(query.theme()))
                ? query : query.withoutTheme();
        return snapshot.entries().stream().filter(known::matches).limit(known.limit()).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publicationChanged(FeedbackPublicationChanged event) {
        forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void listChanged(FeedbackListChanged event) {
        if (event.kind() == ListKind.THEME) {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        cache = null;
    }

    private Snapshot snapshot() {
        Snapshot cached = cache;
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        Snapshot loaded = load();
        if (generation.get() == before) {
            cache = loaded;
        }
        return loaded;
    }

    /**
     * Reads the public columns and the items' theme codes and priority ids as plain values, three statements
     * whatever the number of entries, plus the themes and the priorities' titles: no entity is loaded.
     */
    private Snapshot load() {
        Map<String, Theme> themes = choices.themesByCode();
        Map<Long, List<String>> themeCodes = new HashMap<>();
        items.publishedThemes().forEach(row -> themeCodes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add((String) row[1]));
        Map<Long, List<Long>> priorityIdsOf = new HashMap<>();
        items.publishedPriorities().forEach(row -> priorityIdsOf.computeIfAbsent((Long) row[0],
                id -> new ArrayList<>()).add((Long) row[1]));
        List<Long> priorityIds = priorityIdsOf.values().stream().flatMap(List::stream).distinct().toList();
        // Priority titles are public (the strategy is published), but the strategy service serves only the
        // signed-in; the system reads them on the visitor's behalf.
        Map<Long, PriorityInfo> priorities = priorityIds.isEmpty() ? Map.of()
                : SystemAuthentication.call(() -> strategy.prioritiesById(priorityIds));
        List<PublicEntry> entries = items.publishedColumns().stream().map(row -> {
            long id = (Long) row[0];
            Instant publishedAt = (Instant) row[4];
            return new PublicEntry(id, (String) row[1], (String) row[2], (ResponseKind) row[3], publishedAt,
                    LocalDate.ofInstant(publishedAt, clock.getZone()),
                    themeCodes.getOrDefault(id, List.of()).stream().map(themes::get).filter(Objects::nonNull)
                            .sorted().toList(),
                    priorityIdsOf.getOrDefault(id, List.of()).stream().map(priorities::get).filter(p -> p != null)
                            .sorted(Comparator.comparingInt(PriorityInfo::number))
                            .map(p -> new PublicEntry.PublicPriority(p.number(), p.title())).toList());
        }).sorted(Comparator.comparing(PublicEntry::publishedAt).reversed()
                .thenComparing(Comparator.comparingLong(PublicEntry::id).reversed()))
                .toList();
        List<Theme> offered = themes.values().stream().filter(theme -> theme.active()
                || entries.stream().anyMatch(entry -> entry.themes().contains(theme))).sorted().toList();
        return new Snapshot(entries, offered);
    }
}
