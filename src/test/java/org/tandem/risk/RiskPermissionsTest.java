package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignIn;

/**
 * Who may do what in the risk register, as a table: operation × who (admin, the risk's owner, another lead, a
 * board member, a forum rep) × whether the risk is confidential → allowed or refused, each asserted through the
 * services. A read is "allowed" when the risk shows in its answer. A public method of a risk service without a
 * row fails {@link #everyPublicServiceMethodHasARow()}, so no door opens without a decision on who may use it.
 */
class RiskPermissionsTest extends IntegrationTest {

    enum Who { ADMIN, OWNER, OTHER_LEAD, BOARD, REP }

    private static final Set<Who> ALL = EnumSet.allOf(Who.class);
    private static final Set<Who> CONFIDENTIAL_READERS = EnumSet.of(Who.ADMIN, Who.OWNER, Who.BOARD);
    private static final Set<Who> EDITORS = EnumSet.of(Who.ADMIN, Who.OWNER);
    private static final Set<Who> BOARD = EnumSet.of(Who.ADMIN, Who.BOARD);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    /** Operation → who may, on an ordinary risk and on a confidential one. */
    private static final Map<String, Allowed> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("raise", new Allowed(EDITORS, EDITORS));
        TABLE.put("draft", new Allowed(EnumSet.of(Who.ADMIN, Who.OWNER, Who.OTHER_LEAD),
                EnumSet.of(Who.ADMIN, Who.OWNER, Who.OTHER_LEAD)));
        TABLE.put("edit", new Allowed(EDITORS, EDITORS));
        TABLE.put("update", new Allowed(EDITORS, EDITORS));
        TABLE.put("close", new Allowed(EDITORS, EDITORS));
        TABLE.put("review", new Allowed(EDITORS, EDITORS));
        TABLE.put("escalate", new Allowed(BOARD, BOARD));
        TABLE.put("deEscalate", new Allowed(BOARD, BOARD));
        TABLE.put("tolerate", new Allowed(BOARD, BOARD));
        TABLE.put("lapseExpiredTolerances", new Allowed(ADMIN, ADMIN));
        TABLE.put("list", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("count", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("export", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("escalated", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("details", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("reviews", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("escalations", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("tolerances", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("snapshots", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("history", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("of", new Allowed(ALL, CONFIDENTIAL_READERS));
        TABLE.put("mine", new Allowed(EnumSet.of(Who.OWNER), EnumSet.of(Who.OWNER)));
        TABLE.put("abilities", new Allowed(EnumSet.of(Who.ADMIN, Who.OWNER, Who.OTHER_LEAD),
                EnumSet.of(Who.ADMIN, Who.OWNER, Who.OTHER_LEAD)));
        TABLE.put("categories", new Allowed(ALL, ALL));
        TABLE.put("rules", new Allowed(ALL, ALL));
        TABLE.put("rulesVersion", new Allowed(ALL, ALL));
        TABLE.put("addCategory", new Allowed(ADMIN, ADMIN));
        TABLE.put("changeCategory", new Allowed(ADMIN, ADMIN));
        TABLE.put("changeRules", new Allowed(ADMIN, ADMIN));
        TABLE.put("suggestMapping", new Allowed(ADMIN, ADMIN));
        TABLE.put("preview", new Allowed(ADMIN, ADMIN));
        TABLE.put("importRisks", new Allowed(ADMIN, ADMIN));
    }

    record Allowed(Set<Who> ordinary, Set<Who> confidential) {
    }

    @Autowired
    RiskService service;
    @Autowired
    RiskReviewService reviews;
    @Autowired
    RiskRegister register;
    @Autowired
    RiskHeatMap heatMap;
    @Autowired
    RiskLists lists;
    @Autowired
    RiskImport importer;

    /** A sheet with headings and no rows: enough to tell whether the import lets someone in. */
    private static final org.tandem.shared.spreadsheet.SheetData SHEET = new org.tandem.shared.spreadsheet.SheetData(
            List.of("Risk", "Owner", "Score"), List.of());
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    RiskFixture given;

    @BeforeEach
    void peopleOfEveryRole() {
        clock.setDate(LocalDate.of(2037, 5, 4));
        given = new RiskFixture(people, users, service);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void eachRoleMayDoExactlyWhatTheTableSaysToOrdinaryAndConfidentialRisks() {
        List<String> wrong = new ArrayList<>();
        for (var row : TABLE.entrySet()) {
            for (boolean confidential : List.of(false, true)) {
                Set<Who> expected = confidential ? row.getValue().confidential() : row.getValue().ordinary();
                for (Who who : Who.values()) {
                    boolean allowed = attempt(row.getKey(), who, confidential);
                    if (allowed != expected.contains(who)) {
                        wrong.add("%s %s %s a%s risk".formatted(who, allowed ? "may" : "may not", row.getKey(),
                                confidential ? " confidential" : "n ordinary"));
                    }
                }
            }
        }
        assertThat(wrong).as("cells of the table that do not hold").isEmpty();
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> methods = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.tandem.risk")) {
            Class<?> type = load(bean.getBeanClassName());
            Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic()).map(Method::getName).forEach(methods::add);
        }
        assertThat(methods).isNotEmpty();
        assertThat(TABLE.keySet()).containsAll(methods);
    }

    /** Runs one operation as {@code who} on a fresh risk; true when it was done (or, for a read, showed it). */
    private boolean attempt(String operation, Who who, boolean confidential) {
        String title = unique("Risk for " + operation);
        long id = fresh(title, operation, confidential);
        long version = SystemAuthentication.call(() -> register.details(id).version());
        RiskFilter mine = given.mine().withText(title);
        signIn(who);
        try {
            return switch (operation) {
                case "raise" -> service.raise(given.draft("Raised by " + who, 2, 3)) > 0;
                case "draft" -> service.draft() != null;
                case "edit" -> service.edit(id).getId() == id;
                case "update" -> {
                    RiskDraft draft = SystemAuthentication.call(() -> service.edit(id));
                    draft.setControls("Changed by " + who);
                    service.update(draft);
                    yield true;
                }
                case "close" -> run(() -> service.close(id, version, "No longer a risk"));
                case "review" -> run(() -> reviews.review(id, version, new ReviewDraft(null, 2, 3, null,
                        "Reviewed by " + who, null)));
                case "escalate" -> run(() -> reviews.escalate(id, version, Level.STEERING_GROUP, "Worse"));
                case "deEscalate" -> run(() -> reviews.deEscalate(id, version, Level.WORKSTREAM, "Better"));
                case "tolerate" -> run(() -> reviews.tolerate(id, version, "Accepted", clock.instant()
                        .atZone(clock.getZone()).toLocalDate().plusMonths(3)));
                case "lapseExpiredTolerances" -> reviews.lapseExpiredTolerances() >= 0;
                case "list" -> register.list(mine, PageRequest.of(0, 50)).stream().anyMatch(r -> r.id() == id);
                case "count" -> register.count(mine) == 1;
                case "export" -> register.export(mine).stream().anyMatch(r -> r.id() == id);
                case "escalated" -> register.escalated().stream().anyMatch(r -> r.id() == id);
                case "details" -> register.details(id).id() == id;
                case "reviews" -> register.reviews(id) != null;
                case "escalations" -> !register.escalations(id).isEmpty();
                case "tolerances" -> register.tolerances(id) != null;
                case "snapshots" -> register.snapshots(id) != null;
                case "history" -> !register.history(id).isEmpty();
                case "of" -> heatMap.of(Basis.RESIDUAL, mine).total() == 1 && heatMap.of(Basis.INHERENT).total() >= 0;
                case "mine" -> register.mine().reviewsDue().stream().anyMatch(r -> r.id() == id);
                case "abilities" -> register.abilities().mayRaise();
                case "categories" -> !lists.categories().isEmpty();
                case "rules" -> lists.rules() != null;
                case "rulesVersion" -> lists.rulesVersion() >= 0;
                case "addCategory" -> lists.addCategory(unique("Category"), 9) > 0;
                case "changeCategory" -> {
                    Category category = lists.categories().getFirst();
                    lists.changeCategory(category.id(), category.version(), category.label(), category.appetite(),
                            category.active());
                    yield true;
                }
                case "changeRules" -> run(() -> lists.changeRules(lists.rulesVersion(), lists.rules()));
                case "suggestMapping" -> importer.suggestMapping(SHEET.headers()) != null;
                case "preview" -> importer.preview(SHEET, importer.suggestMapping(SHEET.headers())) != null;
                case "importRisks" -> importer.importRisks(SHEET, org.tandem.shared.spreadsheet.ColumnMapping.none()
                        .with(RiskImport.TITLE, "Risk").with(RiskImport.OWNER, "Owner")) == 0;
                default -> throw new AssertionError("No way to attempt " + operation);
            };
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
            return false;
        } catch (ValidationProblem problem) {
            if (problem.field().equals("id") || problem.field().equals("ownerId")) {
                return false;
            }
            throw problem;
        } finally {
            SignIn.out();
        }
    }

    /** A risk owned by the fixture's owner, placed where the operation needs it, due for review within a week. */
    private long fresh(String title, String operation, boolean confidential) {
        RiskDraft draft = given.draft(title, 2, 3);
        draft.setConfidential(confidential);
        draft.setNextReviewOn(clock.instant().atZone(clock.getZone()).toLocalDate().plusDays(3));
        if (operation.equals("deEscalate") || operation.equals("escalations")) {
            draft.setLevel(Level.STEERING_GROUP);
        }
        if (operation.equals("escalated") || operation.equals("escalations")) {
            draft.scores(4, 4, 4, 4, 2, 2);
        }
        long id = SystemAuthentication.call(() -> service.raise(draft));
        return id;
    }

    private void signIn(Who who) {
        Person person = switch (who) {
            case ADMIN -> given.admin;
            case OWNER -> given.owner;
            case OTHER_LEAD -> given.otherLead;
            case BOARD -> given.board;
            case REP -> given.rep;
        };
        given.as(person);
    }

    private static boolean run(Runnable call) {
        call.run();
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
