package org.tandem.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.people.AdminOnly;
import org.tandem.people.SignedIn;

/**
 * The channels and themes: everyone signed in reads them (to log and filter feedback), admins add, rename,
 * reorder, retire and restore them. Nothing is deleted, so every item keeps its values; the public page reads
 * themes through {@link PublicFeedback}.
 */
@Service
public class FeedbackLists {

    private static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Map<String, String> LABELS = Map.of("code", "Code", "label", "Name", "slug",
            "Short name in links", "displayOrder", "Position", "active", "Offered for new feedback");

    private final ListedChannels channels;
    private final ListedThemes themes;
    private final FeedbackChoices choices;
    private final AuditHistory auditHistory;
    private final ApplicationEventPublisher events;

    FeedbackLists(ListedChannels channels, ListedThemes themes, FeedbackChoices choices, AuditHistory auditHistory,
            ApplicationEventPublisher events) {
        this.channels = channels;
        this.themes = themes;
        this.choices = choices;
        this.auditHistory = auditHistory;
        this.events = events;
    }

    /** Every channel, retired ones too, in the admins' order. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Channel> channels() {
        return choices.channels();
    }

    /** Every theme, retired ones too, in the admins' order. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return choices.themes();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<ListValue> values(ListKind kind) {
        return List.copyOf(kind == ListKind.CHANNEL ? choices.channels() : choices.themes());
    }

    /**
     * Adds a value at the end of its list. A theme's slug is made from its label unless one is given; either way
     * it is fixed from now on (see {@link ListedTheme}).
     */
    @AdminOnly
    @Transactional
    public long add(ListKind kind, String label, @Nullable String slug) {
        String clean = label(kind, label);
        ListedValues<ListedValue> values = repository(kind);
        refuseTaken(kind, clean, null);
        String code = unique(words(clean, '_').toUpperCase(Locale.ROOT), ListedValue.CODE_LENGTH, '_',
                values::existsByCode, kind.name());
        int order = values.lastOrder() + 1;
        ListedValue value = kind == ListKind.CHANNEL ? new ListedChannel(code, clean, order)
                : new ListedTheme(code, clean, slug(clean, slug), order);
        try {
            long id = values.saveAndFlush(value).getId();
            events.publishEvent(new FeedbackListChanged(kind, id));
            return id;
        } catch (DataIntegrityViolationException e) {
            // Two admins adding the same name at once: the unique key catches the second.
            throw new ValidationProblem("label", "There is already a " + kind.noun() + " called " + clean + ".");
        }
    }

    @AdminOnly
    @Transactional
    public void rename(ListKind kind, long id, long version, String label) {
        String clean = label(kind, label);
        ListedValue value = find(kind, id);
        guard(kind, value, version);
        refuseTaken(kind, clean, id);
        value.rename(clean);
        save(kind, value);
    }

    /** One place up ({@code up}) or down the list; at either end it stays where it is. */
    @AdminOnly
    @Transactional
    public void move(ListKind kind, long id, long version, boolean up) {
        ListedValues<ListedValue> values = repository(kind);
        List<ListedValue> all = new ArrayList<>(values.findAllByOrderByDisplayOrderAscIdAsc());
        int at = all.indexOf(find(kind, id));
        guard(kind, all.get(at), version);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(at));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getDisplayOrder() != i + 1) {
                all.get(i).placeAt(i + 1);
            }
        }
        try {
            values.saveAllAndFlush(all);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("the " + kind.noun() + "s");
        }
        events.publishEvent(new FeedbackListChanged(kind, id));
    }

    /** No longer offered for new feedback; items that have it keep it, and the public page still shows it. */
    @AdminOnly
    @Transactional
    public void retire(ListKind kind, long id, long version) {
        ListedValue value = find(kind, id);
        guard(kind, value, version);
        if (kind == ListKind.CHANNEL && value.isActive() && channels.countByActiveTrue() <= 1) {
            throw new ValidationProblem("active", "Keep at least one channel to choose from for new feedback.");
        }
        value.retire();
        save(kind, value);
    }

    @AdminOnly
    @Transactional
    public void restore(ListKind kind, long id, long version) {
        ListedValue value = find(kind, id);
        guard(kind, value, version);
        value.restore();
        save(kind, value);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(ListKind kind, long id) {
        ListedValue value = find(kind, id);
        return auditHistory.of(value.getClass(), id, value.getLabel(), field -> LABELS.getOrDefault(field, field));
    }

    private static String label(ListKind kind, @Nullable String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new ValidationProblem("label", "Enter a name for the " + kind.noun() + ".");
        }
        if (clean.length() > ListedValue.LABEL_LENGTH) {
            throw new ValidationProblem("label", "Use at most " + ListedValue.LABEL_LENGTH + " characters.");
        }
        return clean;
    }

    /** Names are unique in a list, whatever their case, retired ones included (they may be restored). */
    private void refuseTaken(ListKind kind, String label, @Nullable Long id) {
        repository(kind).findAllByOrderByDisplayOrderAscIdAsc().stream()
                .filter(other -> other.getLabel().equalsIgnoreCase(label) && !other.getId().equals(id))
                .findFirst().ifPresent(other -> {
                    throw new ValidationProblem("label", "There is already a " + kind.noun() + " called "
                            + other.getLabel() + (other.isActive() ? "." : ", retired: restore it instead."));
                });
    }

    private String slug(String label, @Nullable String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return unique(words(label, '-').toLowerCase(Locale.ROOT), ListedTheme.SLUG_LENGTH, '-',
                    themes::existsBySlug, "theme");
        }
        String clean = wanted.strip();
        if (clean.length() > ListedTheme.SLUG_LENGTH || !clean.matches(SLUG_PATTERN)) {
            throw new ValidationProblem("slug", "Use up to " + ListedTheme.SLUG_LENGTH + " lower-case letters, "
                    + "digits and single hyphens, like ehc-plans.");
        }
        if (themes.existsBySlug(clean)) {
            throw new ValidationProblem("slug", "Another theme already uses " + clean + " in its links.");
        }
        return clean;
    }

    /** The label's letters and digits, accents dropped, joined by {@code joint}: "Young people's" → Young_people_s. */
    private static String words(String label, char joint) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9]+", String.valueOf(joint)).replaceAll("^[-_]+|[-_]+$", "");
    }

    private static String unique(String base, int length, char joint, Predicate<String> taken, String fallback) {
        String stem = base.isEmpty() ? fallback : base.substring(0, Math.min(base.length(), length - 4));
        String candidate = stem;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = stem + joint + n;
        }
        return candidate;
    }

    @SuppressWarnings("unchecked")
    private ListedValues<ListedValue> repository(ListKind kind) {
        ListedValues<?> values = kind == ListKind.CHANNEL ? channels : themes;
        return (ListedValues<ListedValue>) values;
    }

    private ListedValue find(ListKind kind, long id) {
        return repository(kind).findById(id).orElseThrow(() -> new ValidationProblem("label",
                "That " + kind.noun() + " no longer exists."));
    }

    private static void guard(ListKind kind, ListedValue value, long version) {
        if (value.getVersion() != version) {
            throw new ConcurrentEditException("this " + kind.noun());
        }
    }

    private void save(ListKind kind, ListedValue value) {
        try {
            repository(kind).saveAndFlush(value);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this " + kind.noun());
        }
        events.publishEvent(new FeedbackListChanged(kind, value.getId()));
    }
}
