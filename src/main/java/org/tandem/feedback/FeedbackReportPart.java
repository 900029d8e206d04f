package org.tandem.feedback;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportBlock.Paragraph;
import org.tandem.report.ReportBlock.Table;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportPart;
import org.tandem.report.ReportSection;
import org.tandem.shared.TandemProperties;

/**
 * The families' voice in the board report: what was published this half-term (with the honest "could not do"
 * answers), what waits too long for a response, and the co-production that took place. The queries are bounded by
 * the half-term's dates.
 */
@Component
class FeedbackReportPart implements ReportPart {

    static final int TEXT_LIMIT = 300;
    /** A board reads exceptions, not a register: the tables list this many, and say how many more there are. */
    static final int ROW_LIMIT = 25;
    private static final DateTimeFormatter DAY = org.tandem.shared.BritishDates.SHORT;

    private final EntityManager entityManager;
    private final FeedbackSettings settings;
    private final UserService users;
    private final ZoneId zone;

    FeedbackReportPart(EntityManager entityManager, FeedbackSettings settings, UserService users,
            TandemProperties properties) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.users = users;
        this.zone = properties.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportSection> sections(ReportContext context) {
        return List.of(voice(context), coProduction(context));
    }

    private ReportSection voice(ReportContext context) {
        Instant from = context.halfTerm().start().atStartOfDay(zone).toInstant();
        Instant to = context.halfTerm().end().plusDays(1).atStartOfDay(zone).toInstant();
        List<Feedback> published = entityManager.createQuery("""
                select f from Feedback f where f.stage = org.tandem.feedback.Stage.PUBLISHED
                  and f.publishedAt >= :from and f.publishedAt < :to order by f.publishedAt desc, f.id desc
                """, Feedback.class).setParameter("from", from).setParameter("to", to).setMaxResults(ROW_LIMIT)
                .getResultList();
        Map<ResponseKind, Long> kinds = new java.util.EnumMap<>(ResponseKind.class);
        for (Object[] row : entityManager.createQuery("""
                select f.responseKind, count(f) from Feedback f where f.stage = org.tandem.feedback.Stage.PUBLISHED
                  and f.publishedAt >= :from and f.publishedAt < :to group by f.responseKind
                """, Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
            if (row[0] != null) {
                kinds.put((ResponseKind) row[0], (Long) row[1]);
            }
        }
        long publishedCount = kinds.values().stream().mapToLong(Long::longValue).sum();
        Instant overdueBefore = settings.overdueBefore(context.asAt(), zone);
        List<Feedback> overdue = entityManager.createQuery("""
                select f from Feedback f where f.stage in (org.tandem.feedback.Stage.LOGGED,
                  org.tandem.feedback.Stage.ASSIGNED) and f.loggedAt < :before order by f.loggedAt, f.id
                """, Feedback.class).setParameter("before", overdueBefore).setMaxResults(ROW_LIMIT).getResultList();
        long overdueCount = entityManager.createQuery("""
                select count(f) from Feedback f where f.stage in (org.tandem.feedback.Stage.LOGGED,
                  org.tandem.feedback.Stage.ASSIGNED) and f.loggedAt < :before
                """, Long.class).setParameter("before", overdueBefore).getSingleResult();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph(publishedCount + (publishedCount == 1 ? " item" : " items")
                + " published this half-term" + (publishedCount == 0 ? "" : " (" + kinds(kinds) + ")") + ". "
                + overdueCount + (overdueCount == 1 ? " item has" : " items have") + " waited more than "
                + settings.responseDays() + " days for a response."));
        if (!overdue.isEmpty()) {
            Map<Long, Person> officers = users.people(overdue.stream().map(Feedback::getOfficerId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            blocks.add(new Table(caption("Waiting too long for a response", overdue.size(), overdueCount,
                    "the oldest"), List.of("What was said", "Logged",
                    "Days waiting", "Officer"), overdue.stream().map(f -> {
                        LocalDate logged = LocalDate.ofInstant(f.getLoggedAt(), zone);
                        Person officer = f.getOfficerId() == null ? null : officers.get(f.getOfficerId());
                        return List.of(cut(f.getWhatWasSaid()), DAY.format(logged),
                                Long.toString(ChronoUnit.DAYS.between(logged, context.asAt())),
                                officer == null ? "Not assigned" : officer.displayName());
                    }).toList(), -1));
        }
        if (!published.isEmpty()) {
            blocks.add(new Table(caption("Published this half-term", published.size(), publishedCount,
                    "the newest"), List.of("You said", "We did", "Answer", "Published"),
                    published.stream().map(f -> List.of(cut(f.getPublicYouSaid()), cut(f.getPublicWeDid()),
                            f.getResponseKind() == null ? "" : f.getResponseKind().label(),
                            f.getPublishedAt() == null ? "" : DAY.format(LocalDate.ofInstant(f.getPublishedAt(), zone))))
                            .toList(), -1));
        }
        return new ReportSection("voice", ReportPart.FAMILIES_VOICE, "You said, we did", blocks,
                Map.of("feedback.published", publishedCount, "feedback.overdue", overdueCount));
    }

    private ReportSection coProduction(ReportContext context) {
        List<CoProductionActivity> activities = entityManager.createQuery("""
                select a from CoProductionActivity a where a.heldOn >= :from and a.heldOn <= :to
                order by a.heldOn, a.id
                """, CoProductionActivity.class).setParameter("from", context.halfTerm().start())
                .setParameter("to", context.halfTerm().end()).setMaxResults(ROW_LIMIT).getResultList();
        int parents = activities.stream().mapToInt(a -> count(a.getParentsCount())).sum();
        int young = activities.stream().mapToInt(a -> count(a.getYoungPeopleCount())).sum();
        int professionals = activities.stream().mapToInt(a -> count(a.getProfessionalsCount())).sum();
        List<ReportBlock> blocks = new ArrayList<>();
        if (activities.isEmpty()) {
            blocks.add(new Paragraph("No co-production activity was recorded this half-term."));
        } else {
            blocks.add(new Paragraph(activities.size() + (activities.size() == 1 ? " activity" : " activities")
                    + " this half-term, with " + parents + " parents and carers, " + young
                    + " children and young people and " + professionals + " professionals taking part."));
            blocks.add(new Table("Co-production this half-term", List.of("Date", "Activity", "Kind", "What changed"),
                    activities.stream().map(a -> List.of(DAY.format(a.getHeldOn()), cut(a.getTitle()),
                            a.getKind().label(), cut(a.getWhatChanged()))).toList(), -1));
        }
        return new ReportSection("coproduction", ReportPart.CO_PRODUCTION, "Co-production", blocks,
                Map.of("coproduction.activities", (long) activities.size()));
    }

    /** "Published this half-term (the newest 25 of 480; the register has them all)". */
    private static String caption(String caption, int shown, long all, String which) {
        return shown < all ? caption + " (" + which + " " + shown + " of " + all + "; the register has them all)"
                : caption;
    }

    private static String kinds(Map<ResponseKind, Long> kinds) {
        List<String> parts = new ArrayList<>();
        for (ResponseKind kind : ResponseKind.values()) {
            if (kinds.containsKey(kind)) {
                parts.add(kinds.get(kind) + " " + kind.label().toLowerCase(Locale.UK));
            }
        }
        return String.join(", ", parts);
    }

    private static int count(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static String cut(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > TEXT_LIMIT ? stripped.substring(0, TEXT_LIMIT - 1) + "…" : stripped;
    }
}
