package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;
import static org.tandem.support.PermissionTable.roles;
import static org.tandem.support.PermissionTable.Whose.OTHERS;
import static org.tandem.support.PermissionTable.Whose.OWN;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PermissionTable;
import org.tandem.support.SignIn;

/**
 * Who may do what in the self-evaluation: everyone signed in reads it; admins keep frameworks and start editions;
 * a criterion's owner (and admins) review it; board members and admins submit and approve; admins and leads add
 * any evidence, forum reps family feedback only; evidence holding personal data opens only for admins, board
 * members and whoever added it. Every public method of the module's services has a row.
 */
class SefPermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final LocalDate TODAY = LocalDate.of(2055, 6, 1);
    static final Set<Role> BOARD = roles(Role.ADMIN, Role.BOARD_MEMBER);
    static final Set<Role> ADDERS = roles(Role.ADMIN, Role.WORKSTREAM_LEAD, Role.FORUM_REP);

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    InspectionPackExport export;
    @Autowired
    ReadinessService readiness;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        clock.setDate(TODAY);
        table = new PermissionTable(people, users);
        readingAndReviewing();
        theBoardsSteps();
        theLibrary();
        theFrameworks();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void readingAndReviewing() {
        table.row("SefService.editions", EVERYONE, actor -> sef::editions)
                .row("SefService.mayStartEdition", EVERYONE, actor -> sef::mayStartEdition)
                .row("SefService.actions", EVERYONE, actor -> sef::actions)
                .row("SefService.overview", EVERYONE, actor -> {
                    long id = fixture().edition().editionId;
                    return () -> sef.overview(id);
                })
                .row("SefService.compare", EVERYONE, actor -> {
                    long id = fixture().edition().editionId;
                    return () -> sef.compare(id, id);
                })
                .row("SefService.criterion", EVERYONE, actor -> {
                    long id = fixture().edition().row(0).evaluationId();
                    return () -> sef.criterion(id);
                })
                .row("SefService.edit", OWN, EVERYONE, actor -> {
                    long id = owned(actor);
                    return () -> sef.edit(id);
                })
                .row("SefService.edit", OTHERS, ADMIN, actor -> {
                    long id = fixture().edition().row(0).evaluationId();
                    return () -> sef.edit(id);
                })
                .row("SefService.review", OWN, EVERYONE, actor -> {
                    EvaluationDraft draft = SystemAuthentication.call(() -> sef.edit(owned(actor)));
                    draft.setJudgement("Secure");
                    return () -> sef.review(draft);
                })
                .row("SefService.review", OTHERS, ADMIN, actor -> {
                    EvaluationDraft draft = SystemAuthentication.call(() -> sef.edit(fixture().edition().row(0)
                            .evaluationId()));
                    return () -> sef.review(draft);
                })
                .row("InspectionPackExport.fileName", EVERYONE, actor -> () -> export.fileName(NO_SUCH))
                .row("InspectionPackExport.pdf", EVERYONE, actor -> () -> export.pdf(NO_SUCH))
                .row("InspectionPackExport.docx", EVERYONE, actor -> () -> export.docx(NO_SUCH))
                .row("SefService.startEdition", ADMIN, actor -> {
                    long template = fixture().edition().templateId;
                    return () -> sef.startEdition("2099/00", template);
                });
    }

    private void theBoardsSteps() {
        table.row("SefService.submit", BOARD, actor -> {
            SefFixture given = fixture().edition();
            long version = SystemAuthentication.call(() -> sef.overview(given.editionId)).edition().version();
            return () -> sef.submit(given.editionId, version);
        }).row("SefService.approve", BOARD, actor -> {
            SefFixture given = fixture().edition();
            long first = SystemAuthentication.call(() -> sef.overview(given.editionId)).edition().version();
            SystemAuthentication.run(() -> sef.submit(given.editionId, first));
            long version = SystemAuthentication.call(() -> sef.overview(given.editionId)).edition().version();
            return () -> sef.approve(given.editionId, version, TODAY, "PB/55/1");
        });
    }

    private void theLibrary() {
        table.row("EvidenceService.maxFileBytes", EVERYONE, actor -> evidence::maxFileBytes)
                .row("EvidenceService.kindsIMayAdd", EVERYONE, actor -> evidence::kindsIMayAdd)
                .row("EvidenceService.add", ADDERS, actor -> () -> evidence.add(draft(EvidenceKind.FAMILY_FEEDBACK,
                        false), null))
                .row("EvidenceService.add", roles(Role.ADMIN, Role.WORKSTREAM_LEAD), actor -> () -> evidence.add(
                        draft(EvidenceKind.AUDIT, false), null))
                .row("EvidenceService.addFiles", ADDERS, actor -> () -> evidence.addFiles(draft(
                        EvidenceKind.FAMILY_FEEDBACK, false), java.util.List.of(SefFixture.file("said.pdf",
                        SefFixture.pdf()))))
                .row("EvidenceService.list", EVERYONE, actor -> () -> evidence.list(EvidenceFilter.none(),
                        PageRequest.of(0, 1)))
                .row("EvidenceService.count", EVERYONE, actor -> () -> evidence.count(EvidenceFilter.none()))
                .row("EvidenceService.offer", ADDERS, actor -> () -> evidence.offer(LinkTarget.RISK, "", 0, 5))
                .row("EvidenceService.supports", EVERYONE, actor -> {
                    long id = added(false);
                    return () -> evidence.supports(id);
                })
                .row("EvidenceService.supports", OTHERS, BOARD, actor -> {
                    long id = added(true);
                    return () -> evidence.supports(id);
                })
                .row("EvidenceService.edit", OTHERS, ADMIN, actor -> {
                    long id = added(false);
                    return () -> evidence.edit(id);
                })
                .row("EvidenceService.update", OTHERS, ADMIN, actor -> {
                    EvidenceDraft draft = SystemAuthentication.call(() -> evidence.edit(added(false)));
                    return () -> evidence.update(draft);
                })
                .row("EvidenceService.remove", OTHERS, ADMIN, actor -> {
                    long id = added(false);
                    return () -> evidence.remove(id, 0);
                })
                .row("EvidenceService.file", EVERYONE, actor -> {
                    long id = added(false);
                    return () -> evidence.file(id);
                })
                .row("EvidenceService.file", OTHERS, BOARD, actor -> {
                    long id = added(true);
                    return () -> evidence.file(id);
                })
                .row("EvidenceService.writeFile", OTHERS, BOARD, actor -> {
                    long id = added(true);
                    return () -> evidence.writeFile(id, OutputStream.nullOutputStream());
                });
    }

    private void theFrameworks() {
        table.row("SefFrameworks.templates", EVERYONE, actor -> frameworks::templates)
                .row("ReadinessService.list", EVERYONE, actor -> readiness::list)
                .row("ReadinessService.add", ADMIN, actor -> () -> readiness.add("", ""))
                .row("ReadinessService.answer", ADMIN, actor -> () -> readiness.answer(NO_SUCH, 0, Set.of()))
                .row("ReadinessService.remove", ADMIN, actor -> () -> readiness.remove(NO_SUCH, 0))
                .row("SefFrameworks.copy", ADMIN, actor -> () -> frameworks.copy(NO_SUCH, "Copy"))
                .row("SefFrameworks.describeCriterion", ADMIN,
                        actor -> () -> frameworks.describeCriterion(NO_SUCH, 0, "Title", ""))
                .row("SefFrameworks.addCriterion", ADMIN,
                        actor -> () -> frameworks.addCriterion(NO_SUCH, 1, "Title", ""));
    }

    @Test
    void eachRoleMayDoWhatTheTableSays() {
        table.check();
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        table.assertCovers(SefService.class, EvidenceService.class, SefFrameworks.class,
                InspectionPackExport.class, ReadinessService.class);
    }

    @Test
    void aForumRepDoesNotFindEvidenceHoldingPersonalDataInTheLibrary() {
        String title = unique("Case study with names");
        EvidenceDraft flagged = draft(EvidenceKind.CASE_STUDY, true);
        flagged.setTitle(title);
        SystemAuthentication.run(() -> evidence.add(flagged, null));
        String rep = unique("sef-rep");
        people.user(rep, "Rep " + rep, null, null, org.tandem.support.PlanFixture.PASSWORD,
                java.util.List.of(Role.FORUM_REP));
        String board = unique("sef-board");
        people.user(board, "Board " + board, null, null, org.tandem.support.PlanFixture.PASSWORD,
                java.util.List.of(Role.BOARD_MEMBER));
        EvidenceFilter filter = new EvidenceFilter(title, null, null, null);
        try {
            SignIn.as(rep, Role.FORUM_REP);
            assertThat(evidence.count(filter)).isZero();
            SignIn.as(board, Role.BOARD_MEMBER);
            assertThat(evidence.count(filter)).isEqualTo(1);
        } finally {
            SignIn.out();
        }
    }

    private SefFixture fixture() {
        return new SefFixture(sef, frameworks, evidence);
    }

    private long owned(Person actor) {
        SefFixture given = fixture().edition();
        long id = given.row(0).evaluationId();
        SystemAuthentication.run(() -> {
            EvaluationDraft draft = sef.edit(id);
            draft.setOwnerId(actor.id());
            sef.review(draft);
        });
        return id;
    }

    private long added(boolean personalData) {
        return SystemAuthentication.call(() -> evidence.add(draft(EvidenceKind.CASE_STUDY, personalData),
                SefFixture.file("case.pdf", SefFixture.pdf())));
    }

    private static EvidenceDraft draft(EvidenceKind kind, boolean personalData) {
        EvidenceDraft draft = SefFixture.draft("Permission check " + kind, Voice.PARENT_CARERS, TODAY);
        draft.setKind(kind);
        draft.setPersonalData(personalData);
        return draft;
    }
}
