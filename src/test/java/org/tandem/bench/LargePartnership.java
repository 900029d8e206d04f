package org.tandem.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.action.ActionStatus;
import org.tandem.action.CoProductionPartner;
import org.tandem.calendar.HalfTermName;
import org.tandem.people.OrganisationKind;
import org.tandem.people.Role;

/**
 * Writes a partnership of any size straight into the Flyway tables, a thousand rows a statement, for benchmarks
 * and statement-count tests: people, partners, a calendar, a current strategy with its priorities, workstreams,
 * actions and their half-termly updates, with the audit trail that the services would have left for actions and
 * updates. The same size always gives the same partnership (a fixed seed). It needs an empty database (see
 * {@code OwnDatabase.empty}), since it numbers rows itself.
 *
 * <p>The calendar starts in 2030/31. The partnership's "today" (to set the clock to) falls in the last half-term
 * with updates, after its update deadline: one open action in three has not given that half-term's update yet,
 * so "update overdue" finds some. Later issues add their feature's rows as one more step of {@link #write()}.
 */
public final class LargePartnership {

    static final int FIRST_YEAR = 2030;
    private static final long SEED = 20_301;
    private static final String NO_PASSWORD = "{noop}!generated, cannot sign in";
    private static final HalfTermName[] HALF_TERMS = HalfTermName.values();

    /** How much to generate; {@code users} counts the admin and one lead per workstream. */
    public record Size(int priorities, int workstreams, int actions, int updatesPerAction, int users) {

        /** 3 priorities, 4 workstreams, 30 actions with 2 updates each (60 updates), 20 people. */
        public static final Size SMALL = new Size(3, 4, 30, 2, 20);
        /** The shape of {@link #LARGE} with a tenth of its actions: 300 actions, 3,000 updates, 200 people. */
        public static final Size GROWN = new Size(12, 40, 300, 10, 200);
        /** The large partnership: 12 priorities, 40 workstreams, 3,000 actions, 30,000 updates. */
        public static final Size LARGE = new Size(12, 40, 3_000, 10, 300);

        public Size {
            if (priorities < 1 || workstreams < 1 || actions < 1 || updatesPerAction < 0) {
                throw new IllegalArgumentException("A partnership needs a priority, a workstream and an action");
            }
            if (users < workstreams + 2) {
                throw new IllegalArgumentException("Needs an admin, a lead per workstream and someone else");
            }
        }

        public int updates() {
            return actions * updatesPerAction;
        }

        @Override
        public String toString() {
            return "%,d priorities, %,d workstreams, %,d actions, %,d updates, %,d people"
                    .formatted(priorities, workstreams, actions, updates(), users);
        }
    }

    /**
     * What tests need to find their way around a generated partnership.
     *
     * @param admin            username of a programme officer (ROLE_ADMIN)
     * @param lead             username of the lead of the first workstream (ROLE_WORKSTREAM_LEAD)
     * @param typicalActionId  an open action with partners, co-production and every update it should have
     * @param today            the date to set the clock to
     */
    public record Generated(Size size, String admin, String lead, List<Long> priorityIds, List<Long> workstreamIds,
            List<Long> actionIds, long typicalActionId, LocalDate today, long currentHalfTermId, Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final Size size;
    private final Random random = new Random(SEED);
    private final Texts texts = new Texts(random);

    private final List<Long> organisationIds = new ArrayList<>();
    private final List<Long> userIds = new ArrayList<>();
    private final List<String> usernames = new ArrayList<>();
    private final List<Long> boardIds = new ArrayList<>();
    private final List<HalfTerm> halfTerms = new ArrayList<>();
    private final List<Long> priorityIds = new ArrayList<>();
    private final List<Long> workstreamIds = new ArrayList<>();
    private final List<List<Integer>> workstreamPriorities = new ArrayList<>();
    private final List<List<Integer>> workstreamMembers = new ArrayList<>();
    private final List<Long> actionIds = new ArrayList<>();
    private long typicalActionId;
    private Audit audit;
    private long setUpRevision;

    private LargePartnership(JdbcTemplate jdbc, Size size) {
        this.jdbc = jdbc;
        this.size = size;
    }

    /** Writes a partnership of {@code size} into the (empty) database behind {@code jdbc}. */
    public static Generated generate(JdbcTemplate jdbc, Size size) {
        Integer existing = jdbc.queryForObject("select count(*) from action_item", Integer.class);
        if (existing == null || existing > 0) {
            throw new IllegalStateException("The database already holds actions; generate into an empty one");
        }
        long started = System.nanoTime();
        LargePartnership partnership = new LargePartnership(jdbc, size);
        partnership.write();
        return partnership.generated(Duration.ofNanos(System.nanoTime() - started));
    }

    private void write() {
        organisations();
        people();
        calendar();
        try (Audit trail = new Audit(jdbc, nextId("audit_revision"), usernames.getFirst())) {
            audit = trail;
            strategy();
            workstreams();
            actionsAndUpdates();
        }
        for (String table : List.of("user_account", "workstream", "action_item", "progress_update",
                "action_item_aud", "progress_update_aud", "half_term")) {
            jdbc.execute("analyze table " + table);
        }
    }

    private Generated generated(Duration took) {
        HalfTerm current = halfTerms.get(currentIndex());
        return new Generated(size, usernames.getFirst(), usernames.get(1), List.copyOf(priorityIds),
                List.copyOf(workstreamIds), List.copyOf(actionIds), typicalActionId, today(), current.id, took);
    }

    private void organisations() {
        long id = nextId("partner_organisation");
        OrganisationKind[] kinds = OrganisationKind.values();
        try (BulkInsert rows = new BulkInsert(jdbc, "partner_organisation", "id", "name", "kind", "version")) {
            for (int i = 0; i < Texts.ORGANISATIONS.size(); i++, id++) {
                rows.row(id, Texts.ORGANISATIONS.get(i), kinds[i % kinds.length], 0);
                organisationIds.add(id);
            }
        }
    }

    private void people() {
        long id = nextId("user_account");
        int boardMembers = Math.min(15, (size.users() - size.workstreams() - 1) / 2);
        try (BulkInsert users = new BulkInsert(jdbc, "user_account", "id", "username", "email", "display_name",
                "password_hash", "enabled", "organisation_id", "version");
                BulkInsert roles = new BulkInsert(jdbc, "user_role", "user_id", "role").referring(users)) {
            for (int i = 0; i < size.users(); i++, id++) {
                Role role;
                String username;
                if (i == 0) {
                    role = Role.ADMIN;
                    username = "bench-admin";
                } else if (i <= size.workstreams()) {
                    role = Role.WORKSTREAM_LEAD;
                    username = "lead-%02d".formatted(i);
                } else if (i <= size.workstreams() + boardMembers) {
                    role = Role.BOARD_MEMBER;
                    username = "board-%02d".formatted(i - size.workstreams());
                    boardIds.add(id);
                } else {
                    role = i % 7 == 0 ? Role.FORUM_REP : null;
                    username = "person-%03d".formatted(i);
                }
                users.row(id, username, username + "@riverside.example", texts.personName(i), NO_PASSWORD, true,
                        pick(organisationIds), 0);
                if (role != null) {
                    roles.row(id, role);
                }
                userIds.add(id);
                usernames.add(username);
            }
        }
        if (boardIds.isEmpty()) {
            boardIds.add(userIds.getFirst());
        }
    }

    private void calendar() {
        int needed = Math.max(2, size.updatesPerAction() + 1);
        int years = (needed + HALF_TERMS.length - 1) / HALF_TERMS.length;
        long yearId = nextId("academic_year");
        long halfTermId = nextId("half_term");
        for (int y = 0; y < years; y++, yearId++) {
            for (HalfTermName name : HALF_TERMS) {
                halfTerms.add(HalfTerm.typical(halfTermId++, yearId, FIRST_YEAR + y, name));
            }
        }
        try (BulkInsert yearRows = new BulkInsert(jdbc, "academic_year", "id", "start_year", "version");
                BulkInsert halfTermRows = new BulkInsert(jdbc, "half_term", "id", "academic_year_id", "name",
                        "start_date", "end_date", "closed_at", "closed_by", "version").referring(yearRows)) {
            for (int y = 0; y < years; y++) {
                yearRows.row(halfTerms.get(y * HALF_TERMS.length).yearId, FIRST_YEAR + y, 0);
            }
            // Half-terms before the one before the current are closed: their report has been issued.
            for (int i = 0; i < halfTerms.size(); i++) {
                HalfTerm halfTerm = halfTerms.get(i);
                boolean closed = i < currentIndex() - 1;
                halfTermRows.row(halfTerm.id, halfTerm.yearId, halfTerm.name, halfTerm.start, halfTerm.end,
                        closed ? noon(halfTerm.end.plusDays(14)) : null, closed ? usernames.getFirst() : null, 0);
            }
        }
    }

    private void strategy() {
        setUpRevision = audit.revision(noon(LocalDate.of(FIRST_YEAR, 1, 10)), usernames.getFirst());
        long strategyId = nextId("strategy");
        String name = "Riverside SEND and AP Strategy " + FIRST_YEAR + " to " + (FIRST_YEAR + 5);
        String vision = texts.paragraph(4);
        String principles = texts.paragraph(5);
        LocalDate from = LocalDate.of(FIRST_YEAR, 9, 1);
        LocalDate to = LocalDate.of(FIRST_YEAR + 5, 8, 31);
        LocalDate approvedOn = LocalDate.of(FIRST_YEAR, 7, 10);
        String approvedBy = "SEND and AP Partnership Board";
        jdbc.update("""
                insert into strategy (id, name, period_from, period_to, vision, principles, status, approved_on,
                    approved_by, is_current, version) values (?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, true, 0)
                """, strategyId, name, from, to, vision, principles, approvedOn, approvedBy);
        audit.table("strategy_aud", "id", "rev", "revtype", "name", "period_from", "period_to", "vision",
                "principles", "status", "approved_on", "approved_by", "is_current").row(strategyId, setUpRevision,
                Audit.ADD, name, from, to, vision, principles, "APPROVED", approvedOn, approvedBy, true);
        BulkInsert prioritiesAudit = audit.table("priority_aud", "id", "rev", "revtype", "strategy_id",
                "priority_number", "title", "description", "sponsor_id", "lead_organisation_id");
        BulkInsert outcomesAudit = audit.table("priority_outcome_aud", "rev", "revtype", "priority_id",
                "outcome_order", "statement");
        long id = nextId("priority");
        try (BulkInsert priorities = new BulkInsert(jdbc, "priority", "id", "strategy_id", "priority_number",
                "title", "description", "sponsor_id", "lead_organisation_id", "rag_override", "rag_override_reason",
                "rag_override_by", "rag_override_at", "version");
                BulkInsert outcomes = new BulkInsert(jdbc, "priority_outcome", "priority_id", "outcome_order",
                        "statement").referring(priorities)) {
            for (int number = 1; number <= size.priorities(); number++, id++) {
                boolean overridden = number == 2;
                String title = texts.priorityTitle(number);
                String description = texts.paragraph(3);
                long sponsor = pick(boardIds);
                long leadOrganisation = pick(organisationIds);
                priorities.row(id, strategyId, number, title, description, sponsor, leadOrganisation,
                        overridden ? "AMBER" : null,
                        overridden ? "The board heard from families that waiting times are rising again." : null,
                        overridden ? usernames.getFirst() : null, overridden ? noon(today().minusDays(20)) : null,
                        overridden ? 1 : 0);
                prioritiesAudit.row(id, setUpRevision, Audit.ADD, strategyId, number, title, description, sponsor,
                        leadOrganisation);
                for (int order = 0; order < 3; order++) {
                    String outcome = texts.outcome();
                    outcomes.row(id, order, outcome);
                    outcomesAudit.row(setUpRevision, Audit.ADD, id, order, outcome);
                }
                priorityIds.add(id);
            }
        }
    }

    private void workstreams() {
        long nextId = nextId("workstream");
        try (BulkInsert workstreams = new BulkInsert(jdbc, "workstream", "id", "name", "purpose", "lead_id",
                "version");
                BulkInsert members = new BulkInsert(jdbc, "workstream_member", "workstream_id", "user_id")
                        .referring(workstreams);
                BulkInsert priorities = new BulkInsert(jdbc, "workstream_priority", "workstream_id",
                        "priority_id").referring(workstreams)) {
            BulkInsert workstreamsAudit = audit.table("workstream_aud", "id", "rev", "revtype", "name", "purpose",
                    "lead_id");
            BulkInsert membersAudit = audit.table("workstream_member_aud", "rev", "revtype", "workstream_id",
                    "user_id");
            BulkInsert prioritiesAudit = audit.table("workstream_priority_aud", "rev", "revtype", "workstream_id",
                    "priority_id");
            for (int w = 0; w < size.workstreams(); w++) {
                long id = nextId++;
                int lead = w + 1;
                String name = texts.workstreamName(w);
                String purpose = texts.paragraph(2);
                workstreams.row(id, name, purpose, userIds.get(lead), 0);
                workstreamsAudit.row(id, setUpRevision, Audit.ADD, name, purpose, userIds.get(lead));
                List<Integer> memberIndexes = new ArrayList<>(List.of(lead));
                while (memberIndexes.size() < Math.min(6, size.users() - 1)) {
                    int member = 1 + random.nextInt(size.users() - 1);
                    if (!memberIndexes.contains(member)) {
                        memberIndexes.add(member);
                    }
                }
                for (int member : memberIndexes) {
                    members.row(id, userIds.get(member));
                    membersAudit.row(setUpRevision, Audit.ADD, id, userIds.get(member));
                }
                // Every third workstream serves two priorities.
                List<Integer> served = w % 3 == 0 && size.priorities() > 1
                        ? List.of(w % size.priorities(), (w + 1) % size.priorities())
                        : List.of(w % size.priorities());
                for (int p : served) {
                    priorities.row(id, priorityIds.get(p));
                    prioritiesAudit.row(setUpRevision, Audit.ADD, id, priorityIds.get(p));
                }
                workstreamIds.add(id);
                workstreamMembers.add(memberIndexes);
                workstreamPriorities.add(served);
            }
        }
    }

    private void actionsAndUpdates() {
        long actionId = nextId("action_item");
        long updateId = nextId("progress_update");
        int[] perPriority = new int[size.priorities()];
        try (BulkInsert actions = new BulkInsert(jdbc, "action_item", "id", "reference", "title", "description",
                "priority_id", "workstream_id", "owner_id", "start_date", "due_date", "status", "percent_complete",
                "completed_on", "cancel_reason", "signed_off_by", "signed_off_at", "version");
                BulkInsert partners = new BulkInsert(jdbc, "action_partner", "action_id", "organisation_id")
                        .referring(actions);
                BulkInsert coProduction = new BulkInsert(jdbc, "action_coproduction", "action_id", "partner")
                        .referring(actions);
                BulkInsert updates = new BulkInsert(jdbc, "progress_update", "id", "action_id", "half_term_id",
                        "status", "percent_complete", "narrative", "author", "created_at", "updated_at", "version")
                        .referring(actions)) {
            for (int a = 0; a < size.actions(); a++, actionId++) {
                Action action = action(a, actionId, perPriority);
                actions.row(action.id, action.reference, action.title, action.description, action.priorityId,
                        action.workstreamId, action.ownerId, action.start, action.due, action.status,
                        action.percent, action.completedOn, action.cancelReason, action.signedOffBy,
                        action.signedOffAt, size.updatesPerAction());
                action.partners.forEach(organisation -> partners.row(action.id, organisation));
                action.coProducedWith.forEach(partner -> coProduction.row(action.id, partner));
                audit.created(action);

                // Open actions in every third row have not given the current half-term's update yet.
                int last = currentIndex() - (a % 3 == 0 && action.status.isOpen() ? 1 : 0);
                int first = last - size.updatesPerAction() + 1;
                for (int h = first; h <= last; h++, updateId++) {
                    HalfTerm halfTerm = halfTerms.get(h);
                    boolean latest = h == last;
                    ActionStatus status = latest && action.status != ActionStatus.CANCELLED ? action.status
                            : ActionStatus.reportable()[1 + random.nextInt(3)];
                    int percent = latest ? action.percent
                            : action.percent * (h - first + 1) / (last - first + 2);
                    Instant at = noon(halfTerm.start.plusDays(7 + random.nextInt(21)));
                    String narrative = texts.narrative();
                    updates.row(updateId, action.id, halfTerm.id, status, percent, narrative, action.ownerName,
                            at, at, 0);
                    audit.updated(action, updateId, halfTerm.id, status, percent, narrative, at);
                }
                actionIds.add(action.id);
            }
        }
    }

    private Action action(int a, long id, int[] perPriority) {
        int w = a % size.workstreams();
        List<Integer> served = workstreamPriorities.get(w);
        int p = served.get((a / size.workstreams()) % served.size());
        List<Integer> members = workstreamMembers.get(w);
        int owner = a % 3 == 1 ? members.getFirst() : members.get(random.nextInt(members.size()));
        Action action = new Action();
        action.id = id;
        action.reference = (p + 1) + "." + ++perPriority[p];
        action.title = texts.actionTitle();
        action.description = texts.paragraph(2 + random.nextInt(3));
        action.priorityId = priorityIds.get(p);
        action.workstreamId = workstreamIds.get(w);
        action.ownerId = userIds.get(owner);
        action.ownerName = usernames.get(owner);
        action.start = halfTerms.getFirst().start.minusDays(random.nextInt(200));
        action.due = action.start.plusDays(400 + random.nextInt(800));
        boolean typical = a == 1;
        int roll = random.nextInt(100);
        action.status = typical ? ActionStatus.ON_TRACK
                : roll < 10 ? ActionStatus.NOT_STARTED : roll < 50 ? ActionStatus.ON_TRACK
                : roll < 70 ? ActionStatus.AT_RISK : roll < 80 ? ActionStatus.OFF_TRACK
                : roll < 95 ? ActionStatus.COMPLETE : ActionStatus.CANCELLED;
        action.percent = switch (action.status) {
            case NOT_STARTED -> 0;
            case ON_TRACK -> 20 + random.nextInt(61);
            case AT_RISK -> 10 + random.nextInt(51);
            case OFF_TRACK -> 5 + random.nextInt(36);
            case COMPLETE -> 100;
            case CANCELLED -> random.nextInt(51);
        };
        if (typical) {
            action.due = today().plusDays(200);
        }
        if (action.status == ActionStatus.COMPLETE) {
            action.completedOn = min(action.due, today().minusDays(1 + random.nextInt(60)));
        }
        if (action.status == ActionStatus.CANCELLED) {
            action.cancelReason = "Merged into another action after the board's review of the plan.";
        }
        int partnerCount = typical ? 2 : random.nextInt(3);
        for (int i = 0; i < partnerCount; i++) {
            long organisation = pick(organisationIds);
            if (!action.partners.contains(organisation)) {
                action.partners.add(organisation);
            }
        }
        if (typical || random.nextInt(100) < 30) {
            action.coProducedWith.add(CoProductionPartner.PARENT_CARER_FORUM);
        }
        if (random.nextInt(100) < 15) {
            action.coProducedWith.add(CoProductionPartner.YOUNG_PEOPLES_GROUP);
        }
        if (!action.coProducedWith.isEmpty() && random.nextBoolean()) {
            action.signedOffBy = "Riverside Parent Carer Forum";
            action.signedOffAt = noon(today().minusDays(30 + random.nextInt(300)));
        }
        if (typical) {
            typicalActionId = id;
        }
        return action;
    }

    private int currentIndex() {
        return Math.max(1, size.updatesPerAction());
    }

    /** Three days before the current half-term ends: past its update deadline (ten days before the end). */
    private LocalDate today() {
        return halfTerms.get(currentIndex()).end.minusDays(3);
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant noon(LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** A half-term on dates close to the usual English pattern. */
    private record HalfTerm(long id, long yearId, HalfTermName name, LocalDate start, LocalDate end) {

        static HalfTerm typical(long id, long yearId, int startYear, HalfTermName name) {
            int y = startYear;
            int n = startYear + 1;
            return switch (name) {
                case AUTUMN_1 -> new HalfTerm(id, yearId, name, LocalDate.of(y, 9, 2), LocalDate.of(y, 10, 18));
                case AUTUMN_2 -> new HalfTerm(id, yearId, name, LocalDate.of(y, 10, 28), LocalDate.of(y, 12, 18));
                case SPRING_1 -> new HalfTerm(id, yearId, name, LocalDate.of(n, 1, 5), LocalDate.of(n, 2, 12));
                case SPRING_2 -> new HalfTerm(id, yearId, name, LocalDate.of(n, 2, 22), LocalDate.of(n, 3, 31));
                case SUMMER_1 -> new HalfTerm(id, yearId, name, LocalDate.of(n, 4, 15), LocalDate.of(n, 5, 22));
                case SUMMER_2 -> new HalfTerm(id, yearId, name, LocalDate.of(n, 6, 1), LocalDate.of(n, 7, 20));
            };
        }
    }

    /** One action as generated, with what its audit rows repeat. */
    static final class Action {
        long id;
        String reference;
        String title;
        String description;
        long priorityId;
        long workstreamId;
        long ownerId;
        String ownerName;
        LocalDate start;
        LocalDate due;
        ActionStatus status;
        int percent;
        LocalDate completedOn;
        String cancelReason;
        String signedOffBy;
        Instant signedOffAt;
        final List<Long> partners = new ArrayList<>();
        final List<CoProductionPartner> coProducedWith = new ArrayList<>();
    }
}
