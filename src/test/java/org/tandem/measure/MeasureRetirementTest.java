package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.HistoryEntry;

/** Retiring, restoring and deleting measures, and the history of who changed what, as admins and owners see it. */
class MeasureRetirementTest extends MeasureIntegrationTest {

    @Autowired
    MeasureRetirement retirement;
    @Autowired
    MeasureReminders reminders;
    @Autowired
    ValueImport valueImport;

    @Test
    void aRetiredMeasureKeepsItsValuesLeavesTheDashboardAndEntryAndComesBackWhenRestored() {
        long id = given.defined(given.draft("Retired"));
        given.entered(id, MeasureFixture.SPRING_1, 30, 60);
        String name = name(id);

        given.as(given.admin);
        retirement.retire(id, details(id).version());
        assertThat(shownOnDashboard()).doesNotContain(name);
        assertThat(retirement.retired()).extracting(RetiredMeasure::name).contains(name);
        assertThat(retirement.retired()).filteredOn(r -> r.id() == id).first()
                .extracting(RetiredMeasure::retiredOn).isEqualTo(MeasureFixture.TODAY);
        MeasureDetails kept = details(id);
        assertThat(kept.values()).extracting(ValueLine::text).containsExactly("50%");
        assertThat(kept.retiredOn()).isEqualTo(MeasureFixture.TODAY);
        assertThat(kept.mayEnter()).isFalse();

        given.as(given.owner);
        assertThat(service.entry()).extracting(EntryLine::measureId).doesNotContain(id);
        assertThatThrownBy(() -> service.enter(new ValueDraft(id, MeasureFixture.SPRING_1, null, 31L, 60L, true,
                "", details(id).values().getFirst().version()))).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("is retired");

        given.as(given.admin);
        retirement.restore(id, details(id).version());
        assertThat(shownOnDashboard()).contains(name);
        assertThat(retirement.retired()).extracting(RetiredMeasure::id).doesNotContain(id);
    }

    @Test
    void aMeasureWithValuesIsRetiredNotDeletedAndOneWithoutValuesIsDeletedWithItsBenchmarks() {
        long used = given.defined(given.draft("Used"));
        given.entered(used, MeasureFixture.SPRING_1, 30, 60);
        long unused = given.defined(given.draft("Unused"));
        String unusedName = name(unused);

        given.as(given.admin);
        assertThat(details(used).mayDelete()).isFalse();
        assertThat(details(unused).mayDelete()).isTrue();
        assertThatThrownBy(() -> retirement.delete(used, details(used).version()))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("retire it instead");
        assertThat(details(used).values()).hasSize(1);

        retirement.delete(unused, details(unused).version());
        assertThat(shownOnDashboard()).doesNotContain(unusedName);
        assertThatThrownBy(() -> service.details(unused)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void retiringAMeasureSomeoneChangedMeanwhileIsRefusedAndChangesNothing() {
        long id = given.defined(given.draft("Stale"));
        given.as(given.admin);
        long seen = details(id).version();
        MeasureDraft edit = service.edit(id);
        edit.setDefinition("Counted another way");
        service.update(edit);

        assertThatThrownBy(() -> retirement.retire(id, seen)).isInstanceOf(ConcurrentEditException.class);
        assertThat(details(id).retiredOn()).isNull();
    }

    @Test
    void theHistorySaysWhoChangedTheTargetAndAValueByNameWithBritishDates() {
        long id = given.defined(given.draft("History"));
        given.entered(id, MeasureFixture.SPRING_1, 30, 60);
        given.as(given.owner);
        MeasureDraft edit = service.edit(id);
        edit.setTargetValue(85.0);
        edit.setTargetDate(java.time.LocalDate.of(2055, 7, 31));
        edit.setInterimTargets(List.of(new InterimTarget(java.time.LocalDate.of(2054, 8, 31), 60.0)));
        service.update(edit);
        service.enter(new ValueDraft(id, MeasureFixture.SPRING_1, null, 33L, 60L, false, "Corrected count",
                details(id).values().getFirst().version()));

        List<HistoryEntry> history = service.history(id);
        HistoryEntry target = history.stream().filter(e -> e.subject().equals("Measure")
                && e.kind() == HistoryEntry.Kind.CHANGED).findFirst().orElseThrow();
        assertThat(target.byName()).isEqualTo(given.owner.displayName());
        assertThat(target.changes()).contains(new HistoryEntry.FieldChange("Target value", "80.0", "85.0"),
                new HistoryEntry.FieldChange("Target date", "31 Aug 2055", "31 Jul 2055"),
                new HistoryEntry.FieldChange("Interim targets", "", "60 by 31 Aug 2054"));
        HistoryEntry value = history.stream().filter(e -> e.subject().equals("Value for Spring 1 2053/54")
                && e.kind() == HistoryEntry.Kind.CHANGED).findFirst().orElseThrow();
        assertThat(value.byName()).isEqualTo(given.owner.displayName());
        assertThat(value.changes()).contains(new HistoryEntry.FieldChange("Value", "50%", "55%"),
                new HistoryEntry.FieldChange("Numerator", "30", "33"),
                new HistoryEntry.FieldChange("Status", "Validated", "Provisional"),
                new HistoryEntry.FieldChange("Note", "", "Corrected count"));
        assertThat(history).anyMatch(e -> e.subject().equals("Measure") && e.kind() == HistoryEntry.Kind.CREATED
                && e.changes().contains(new HistoryEntry.FieldChange("Unit", "", "Percent")));
    }

    private List<String> shownOnDashboard() {
        return service.dashboard(MeasureFilter.none()).stream().flatMap(g -> g.measures().stream())
                .map(MeasureSummary::name).toList();
    }

    private MeasureDetails details(long id) {
        return service.details(id);
    }

    private String name(long id) {
        return SystemAuthentication.call(() -> service.details(id)).summary().name();
    }
}
