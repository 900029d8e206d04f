package org.tandem.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.feedback.ActivityDraft;
import org.tandem.feedback.ActivityKind;
import org.tandem.feedback.ActivityRow;
import org.tandem.feedback.CoProductionService;
import org.tandem.feedback.FeedbackFixture;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.BritishDateField;
import org.tandem.support.MutableClock;
import org.tandem.support.UiTest;

class CoProductionViewTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2034, 10, 6);

    @Autowired
    CoProductionService service;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setDate(TODAY);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aForumRepLogsAnActivityAndSeesItInTheLog() {
        String title = FeedbackFixture.unique("Short breaks workshop");
        loginAs("rep-" + title, Role.FORUM_REP);
        UI.getCurrent().navigate(CoProductionView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Edit the pledge"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Log an activity")));
        DatePicker heldOn = _get(DatePicker.class, spec -> spec.withLabel("Date it took place"));
        BritishDateField.assertReadsDayMonthYear(heldOn);
        _setValue(heldOn, TODAY.minusDays(1));
        @SuppressWarnings("unchecked")
        ComboBox<ActivityKind> kind = _get(ComboBox.class, spec -> spec.withLabel("Kind of activity"));
        _setValue(kind, ActivityKind.WORKSHOP);
        _setValue(_get(TextField.class, spec -> spec.withLabel("What the activity was")), title);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Parents and carers who took part")), 16);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Children and young people who took part")), 4);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What changed as a result")),
                "Saturday sessions <b>start</b> in the spring.");
        _click(_get(Button.class, spec -> spec.withText("Log activity")));

        NotificationsKt.expectNotifications("Activity logged.");
        Grid<ActivityRow> grid = activityLog();
        ActivityRow first = GridKt._get(grid, 0);
        assertThat(first.title()).isEqualTo(title);
        assertThat(first.participants()).isEqualTo("16 parents and carers, 4 children and young people");
        assertThat(first.whatChanged()).isEqualTo("Saturday sessions <b>start</b> in the spring.");
    }

    @Test
    void anActivityWithNoOneTakingPartIsRefusedAtTheFirstGroupsField() {
        loginAs("rep-empty", Role.FORUM_REP);
        UI.getCurrent().navigate(CoProductionView.class);
        _click(_get(Button.class, spec -> spec.withText("Log an activity")));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date it took place")), TODAY);
        @SuppressWarnings("unchecked")
        ComboBox<ActivityKind> kind = _get(ComboBox.class, spec -> spec.withLabel("Kind of activity"));
        _setValue(kind, ActivityKind.SURVEY);
        _setValue(_get(TextField.class, spec -> spec.withLabel("What the activity was")), "A survey");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What changed as a result")), "Nothing yet");
        _click(_get(Button.class, spec -> spec.withText("Log activity")));

        IntegerField parents = _get(IntegerField.class, spec -> spec.withLabel("Parents and carers who took part"));
        assertThat(parents.isInvalid()).isTrue();
        assertThat(parents.getErrorMessage()).isEqualTo("Give how many took part from at least one group.");
    }

    @Test
    void aBoardMemberReadsThePageButSeesNoEditButtons() {
        SystemAuthentication.run(() -> service.logActivity(new ActivityDraft(null, 0, TODAY.minusDays(2),
                ActivityKind.FORUM_MEETING, FeedbackFixture.unique("Forum meeting"), 9, null, null,
                "The board heard it first-hand.", Set.of(), Set.of())));
        loginAs("board-reader", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(CoProductionView.class);

        List<String> buttons = _find(Button.class).stream().map(Button::getText).toList();
        assertThat(buttons).doesNotContain("Edit the pledge", "Add a signatory", "Log an activity", "Edit");
        Grid<ActivityRow> grid = activityLog();
        assertThat(GridKt._size(grid)).isPositive();
    }

    @Test
    void anAdminSeesEveryEditButton() {
        loginAs("admin-view", Role.ADMIN);
        UI.getCurrent().navigate(CoProductionView.class);

        List<String> buttons = _find(Button.class).stream().map(Button::getText).toList();
        assertThat(buttons).contains("Edit the pledge", "Add a signatory", "Log an activity");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActivityRow> activityLog() {
        return _find(Grid.class).stream()
                .filter(grid -> grid.getAriaLabel().filter("Co-production activities, newest first"::equals).isPresent())
                .findFirst().orElseThrow();
    }
}
