package org.tandem.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.action.ActionDetails;
import org.tandem.action.ActionPlanService;
import org.tandem.people.OrganisationService;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.people.SignedIn;

/** Reading feedback: everyone signed in (board members, reps, officers, admins) reads the register. */
@Service
public class FeedbackRegister {

    private static final int LIST_LIMIT = 200;
    public static final int EXPORT_LIMIT = 5_000;
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("whatWasSaid", "What was said"),
            Map.entry("saidOn", "Said on"), Map.entry("channel", "Channel"), Map.entry("voiceGroup", "From"),
            Map.entry("peopleCount", "How many"), Map.entry("themes", "Themes"),
            Map.entry("priorityIds", "Priorities"), Map.entry("loggedBy", "Logged by"),
            Map.entry("loggedAt", "Logged at"), Map.entry("stage", "Stage"),
            Map.entry("organisationId", "Organisation"), Map.entry("officerId", "Officer"),
            Map.entry("responseKind", "Response"), Map.entry("responseText", "Response text"),
            Map.entry("couldNotReason", "Why it could not be done"), Map.entry("actionIds", "Actions"),
            Map.entry("publicYouSaid", "Public \"you said\""), Map.entry("publicWeDid", "Public \"we did\""),
            Map.entry("publishedAt", "Published at"), Map.entry("withdrawnReason", "Why withdrawn"));

    private final FeedbackItems items;
    private final FeedbackSteps steps;
    private final FeedbackPermissions permissions;
    private final FeedbackChoices choices;
    private final FeedbackSettings settings;
    private final UserService users;
    private final OrganisationService organisations;
    private final StrategyService strategy;
    private final ActionPlanService plan;
    private final AuditHistory auditHistory;
    private final Clock clock;

    FeedbackRegister(FeedbackItems items, FeedbackSteps steps, FeedbackPermissions permissions,
            FeedbackChoices choices, FeedbackSettings settings, UserService users, OrganisationService organisations,
            StrategyService strategy, ActionPlanService plan, AuditHistory auditHistory, Clock clock) {
        this.items = items;
        this.steps = steps;
        this.permissions = permissions;
        this.choices = choices;
        this.settings = settings;
        this.users = users;
        this.organisations = organisations;
        this.strategy = strategy;
        this.plan = plan;
        this.auditHistory = auditHistory;
        this.clock = clock;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Page<FeedbackRow> list(FeedbackFilter filter, Pageable pageable) {
        Map<String, Theme> themes = choices.themesByCode();
        return search(filter, null, null, pageable).map(f -> row(f, themes));
    }

    @SignedIn
    @Transactional(readOnly = true)
    public long count(FeedbackFilter filter) {
        return search(filter, null, null, PageRequest.of(0, 1)).getTotalElements();
    }

    /** The items with these ids (at most 200 of them), for another feature that refers to them by id. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<FeedbackRow> rows(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Theme> themes = choices.themesByCode();
        return items.findAllById(ids.stream().limit(LIST_LIMIT).toList()).stream().map(f -> row(f, themes))
                .toList();
    }

    /** A rep's inbox: what they logged, newest first, archived items left out. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<FeedbackRow> loggedByMe() {
        Map<String, Theme> themes = choices.themesByCode();
        return search(FeedbackFilter.none(), permissions.username(), null, firstPage()).stream()
                .filter(item -> item.getStage() != Stage.ARCHIVED).map(f -> row(f, themes)).toList();
    }

    /** Responses drafted and waiting for the forum to agree the public wording. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<FeedbackRow> awaitingAgreement() {
        return rows(new FeedbackFilter(Stage.RESPONSE_DRAFTED, null, false, ""), null);
    }

    /** Agreed and ready to publish. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<FeedbackRow> readyToPublish() {
        return rows(new FeedbackFilter(Stage.AGREED, null, false, ""), null);
    }

    /** The officer's "responses to write": assigned to them, no response yet. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<FeedbackRow> responsesToWrite() {
        Long me = permissions.me();
        if (me == null) {
            return List.of();
        }
        return rows(new FeedbackFilter(Stage.ASSIGNED, null, false, ""), me);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public FeedbackDetails details(long id) {
        Feedback f = find(id);
        Map<Long, PriorityInfo> priorities = f.getPriorityIds().isEmpty() ? Map.of()
                : strategy.prioritiesById(f.getPriorityIds());
        String organisation = f.getOrganisationId() == null ? null : organisations.list().stream()
                .filter(o -> o.id() == f.getOrganisationId()).map(o -> o.name()).findFirst().orElse(null);
        Person officer = f.getOfficerId() == null ? null : users.people(Set.of(f.getOfficerId()))
                .get(f.getOfficerId());
        return new FeedbackDetails(id, f.getVersion(), f.getWhatWasSaid(), f.getSaidOn(),
                choices.channelsByCode().get(f.getChannel()), f.getVoiceGroup(), f.getPeopleCount(),
                themes(f, choices.themesByCode()),
                priorities.values().stream().sorted(java.util.Comparator.comparingInt(PriorityInfo::number))
                        .map(PriorityInfo::label).toList(), f.getPriorityIds(), f.getLoggedBy(), loggedOn(f),
                f.getStage(), overdue(f), f.getOrganisationId(), organisation, f.getOfficerId(),
                officer == null ? null : officer.displayName(), f.getResponseKind(), f.getResponseText(),
                f.getCouldNotReason(), f.getActionIds(), actions(f.getActionIds()), f.getPublicYouSaid(), f.getPublicWeDid(),
                f.getPublishedAt(), f.getStage() == Stage.WITHDRAWN ? f.getWithdrawnReason() : null,
                permissions.nextSteps(f));
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<StepInfo> timeline(long id) {
        return steps.findByFeedbackIdOrderByTakenAtAscIdAsc(id).stream().map(FeedbackStep::info).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        find(id);
        Map<String, String> names = new java.util.HashMap<>();
        choices.channels().forEach(channel -> names.put("Channel " + channel.code(), channel.label()));
        choices.themes().forEach(theme -> names.put("Themes " + theme.code(), theme.label()));
        return auditHistory.of(Feedback.class, id, "Feedback " + id, field -> LABELS.getOrDefault(field, field))
                .stream().map(entry -> entry.withChanges(entry.changes().stream()
                        .map(change -> new HistoryEntry.FieldChange(change.field(),
                                named(change.field(), change.before(), names),
                                named(change.field(), change.after(), names))).toList()))
                .toList();
    }

    /** History holds the codes of channel and themes; people read their names (as they are now). */
    private static String named(String field, String value, Map<String, String> names) {
        if (!field.equals("Channel") && !field.equals("Themes") || value.isEmpty()) {
            return value;
        }
        return java.util.Arrays.stream(value.split(", ")).map(code -> names.getOrDefault(field + " " + code, code))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The filtered register as CSV for a spreadsheet, newest first, at most {@link #EXPORT_LIMIT} rows. Every
     * field is quoted, and one that a spreadsheet would take for a formula starts with an apostrophe.
     */
    @SignedIn
    @Transactional(readOnly = true)
    public String export(FeedbackFilter filter) {
        StringBuilder csv = new StringBuilder("Said on,Logged on,Logged by,Channel,From,How many,Themes,Stage,"
                + "Overdue,What was said,Response,Response text,Public you said,Public we did\r\n");
        Map<String, Channel> channels = choices.channelsByCode();
        Map<String, Theme> themes = choices.themesByCode();
        for (Feedback f : search(filter, null, null, PageRequest.of(0, EXPORT_LIMIT))) {
            Channel channel = channels.get(f.getChannel());
            List<String> cells = List.of(f.getSaidOn().toString(), loggedOn(f).toString(), f.getLoggedBy(),
                    channel == null ? f.getChannel() : channel.label(), f.getVoiceGroup().label(),
                    f.getPeopleCount() == null ? "" : f.getPeopleCount().toString(),
                    themes(f, themes).stream().sorted().map(Theme::label)
                            .collect(java.util.stream.Collectors.joining("; ")),
                    f.getStage().label(), overdue(f) ? "Yes" : "No", f.getWhatWasSaid(),
                    f.getResponseKind() == null ? "" : f.getResponseKind().label(),
                    java.util.Objects.requireNonNullElse(f.getResponseText(), ""),
                    java.util.Objects.requireNonNullElse(f.getPublicYouSaid(), ""),
                    java.util.Objects.requireNonNullElse(f.getPublicWeDid(), ""));
            csv.append(cells.stream().map(FeedbackRegister::cell).collect(java.util.stream.Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** Counts by theme and stage of what was said from {@code from} to {@code to}, themes in the admins' order. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ThemeCount> themeSummary(LocalDate from, LocalDate to) {
        Map<String, Theme> themes = choices.themesByCode();
        Map<Theme, Map<Stage, Long>> counts = new java.util.TreeMap<>();
        for (Object[] row : items.countByThemeAndStage(from, to)) {
            Theme theme = themes.get((String) row[0]);
            if (theme != null) {
                counts.computeIfAbsent(theme, t -> new java.util.EnumMap<>(Stage.class))
                        .put((Stage) row[1], (Long) row[2]);
            }
        }
        return counts.entrySet().stream().map(entry -> new ThemeCount(entry.getKey(), entry.getValue())).toList();
    }

    /** How many days an item may wait for a response before it is flagged. */
    @SignedIn
    public int responseDays() {
        return settings.responseDays();
    }

    /** The linked actions as "2.3 We will ...", in reference order; one that has gone is left out. */
    private List<String> actions(Set<Long> ids) {
        return ids.stream().flatMap(actionId -> {
            try {
                ActionDetails action = plan.details(actionId);
                return java.util.stream.Stream.of(action.reference() + " " + action.title());
            } catch (ValidationProblem gone) {
                return java.util.stream.Stream.empty();
            }
        }).sorted().toList();
    }

    private Page<Feedback> search(FeedbackFilter filter, @Nullable String loggedBy, @Nullable Long officerId,
            Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "loggedAt").and(Sort.by("id").descending()));
        Instant overdueBefore = filter.overdue() ? overdueBefore() : null;
        String theme = filter.theme() == null ? null : filter.theme().code();
        return items.search(filter.stage(), theme, loggedBy, officerId, overdueBefore,
                filter.text().toLowerCase(java.util.Locale.ROOT), sorted);
    }

    private List<FeedbackRow> rows(FeedbackFilter filter, @Nullable Long officerId) {
        Map<String, Theme> themes = choices.themesByCode();
        return search(filter, null, officerId, firstPage()).map(f -> row(f, themes)).toList();
    }

    private static PageRequest firstPage() {
        return PageRequest.of(0, LIST_LIMIT);
    }

    private Instant overdueBefore() {
        return settings.overdueBefore(LocalDate.now(clock), clock.getZone());
    }

    private FeedbackRow row(Feedback f, Map<String, Theme> themes) {
        return new FeedbackRow(f.getId(), f.getVersion(), f.getWhatWasSaid(), f.getSaidOn(), loggedOn(f),
                f.getVoiceGroup(), themes(f, themes), f.getStage(), f.getLoggedBy(), f.getOfficerId(), overdue(f));
    }

    private static Set<Theme> themes(Feedback f, Map<String, Theme> themes) {
        Set<Theme> found = new HashSet<>();
        f.getThemes().forEach(code -> {
            Theme theme = themes.get(code);
            if (theme != null) {
                found.add(theme);
            }
        });
        return found;
    }

    private LocalDate loggedOn(Feedback f) {
        return LocalDate.ofInstant(f.getLoggedAt(), clock.getZone());
    }

    private boolean overdue(Feedback f) {
        return f.isOverdue(loggedOn(f), LocalDate.now(clock), settings.responseDays());
    }

    private Feedback find(long id) {
        return items.findById(id).orElseThrow(() -> new ValidationProblem("id", "That feedback no longer exists."));
    }
}
