package org.tandem.measure;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;
import static org.tandem.support.PermissionTable.Whose.OTHERS;
import static org.tandem.support.PermissionTable.Whose.OWN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PermissionTable;

/**
 * Who may do what with measures: admins define, adopt, keep the settings and import; admins and the owner edit a
 * measure and enter its values; everyone signed in reads; the public reads only the progress page. Changes are
 * given drafts that break a rule where they would otherwise change shared data, so a person let through is
 * stopped by the rule.
 */
class MeasurePermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final SheetData EMPTY = new SheetData(List.of("Measure"), List.of());

    @Autowired
    MeasureService measures;
    @Autowired
    BenchmarkService benchmarks;
    @Autowired
    PublicProgress progress;
    @Autowired
    ValueImport valueImport;
    @Autowired
    MeasureRetirement retirement;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    PermissionTable table;
    MeasureFixture given;

    @BeforeEach
    void theTable() {
        clock.setDate(MeasureFixture.TODAY);
        given = new MeasureFixture(people, users, measures);
        table = new PermissionTable(people, users)
                .row("MeasureService.dashboard", EVERYONE, actor -> () -> measures.dashboard(MeasureFilter.none()))
                .row("MeasureService.details", EVERYONE, actor -> {
                    long id = owned(given.owner.id());
                    return () -> measures.details(id);
                })
                .row("MeasureService.entry", EVERYONE, actor -> measures::entry)
                .row("MeasureService.mayDefine", EVERYONE, actor -> measures::mayDefine)
                .row("MeasureService.candidateOwners", EVERYONE, actor -> measures::candidateOwners)
                .row("MeasureService.draft", ADMIN, actor -> measures::draft)
                .row("MeasureService.define", ADMIN, actor -> () -> measures.define(new MeasureDraft()))
                .row("MeasureService.library", ADMIN, actor -> measures::library)
                .row("MeasureService.adopt", ADMIN, actor -> () -> measures.adopt("NO_SUCH_CODE"))
                .row("MeasureService.history", EVERYONE, actor -> {
                    long id = owned(given.owner.id());
                    return () -> measures.history(id);
                })
                .row("MeasureRetirement.retired", ADMIN, actor -> retirement::retired)
                // A stale version: let through, the change is refused as a conflict and nothing changes.
                .row("MeasureRetirement.retire", ADMIN, actor -> {
                    long id = owned(given.owner.id());
                    return () -> retirement.retire(id, -1);
                })
                .row("MeasureRetirement.restore", ADMIN, actor -> {
                    long id = owned(given.owner.id());
                    return () -> retirement.restore(id, -1);
                })
                .row("MeasureRetirement.delete", ADMIN, actor -> {
                    long id = owned(given.owner.id());
                    return () -> retirement.delete(id, -1);
                })
                .row("BenchmarkService.settings", ADMIN, actor -> benchmarks::settings)
                .row("BenchmarkService.saveSettings", ADMIN,
                        actor -> () -> benchmarks.saveSettings(new SettingsDraft("", "", List.of(), 0, -1)))
                .row("BenchmarkService.importFile", ADMIN,
                        actor -> () -> benchmarks.importFile("", new byte[0], null))
                .row("ValueImport.suggestMapping", EVERYONE, actor -> () -> valueImport.suggestMapping(List.of()))
                .row("ValueImport.preview", EVERYONE, actor -> () -> valueImport.preview(EMPTY, ColumnMapping.none()))
                .row("ValueImport.importValues", EVERYONE,
                        actor -> () -> valueImport.importValues(EMPTY, ColumnMapping.none()))
                .rowForAnyone("PublicProgress.page", actor -> progress::page)
                .rowForAnyone("PublicProgress.feed", actor -> progress::feed)
                .rowForAnyone("PublicProgress.chart", actor -> () -> progress.chart(0, 0));
        // Editing and entering: the owner (whatever their role) and admins.
        table.row("MeasureService.edit", OWN, EVERYONE, actor -> {
            long id = owned(actor.id());
            return () -> measures.edit(id);
        }).row("MeasureService.edit", OTHERS, ADMIN, actor -> {
            long id = owned(given.owner.id());
            return () -> measures.edit(id);
        }).row("MeasureService.update", OWN, EVERYONE, actor -> {
            long id = owned(actor.id());
            MeasureDraft draft = SystemAuthentication.call(() -> measures.edit(id));
            draft.setName("");
            return () -> measures.update(draft);
        }).row("MeasureService.update", OTHERS, ADMIN, actor -> {
            long id = owned(given.owner.id());
            MeasureDraft draft = SystemAuthentication.call(() -> measures.edit(id));
            draft.setName("");
            return () -> measures.update(draft);
        }).row("MeasureService.enter", OWN, EVERYONE, actor -> {
            long id = owned(actor.id());
            return () -> measures.enter(future(id));
        }).row("MeasureService.enter", OTHERS, ADMIN, actor -> {
            long id = owned(given.owner.id());
            return () -> measures.enter(future(id));
        });
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachRoleMayDoExactlyWhatTheTableSays() {
        table.check();
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        table.assertCovers(MeasureService.class, MeasureRetirement.class, BenchmarkService.class, PublicProgress.class, ValueImport.class);
    }

    private long owned(long ownerId) {
        MeasureDraft draft = given.draft("Permissions");
        draft.setOwnerId(ownerId);
        return SystemAuthentication.call(() -> measures.define(draft));
    }

    /** A value for a period that has not started: refused by the rule after the permission check. */
    private static ValueDraft future(long id) {
        return new ValueDraft(id, new Period(2060, 1), 1.0, null, null, false, "", null);
    }

    static LocalDate today() {
        return MeasureFixture.TODAY;
    }
}
