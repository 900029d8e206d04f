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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.feedback.Channel;
import org.tandem.feedback.FeedbackFixture;
import org.tandem.feedback.FeedbackLists;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackService;
import org.tandem.feedback.ListKind;
import org.tandem.feedback.ListValue;
import org.tandem.feedback.Theme;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.ui.ConflictNotice;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.support.UiTest;

class FeedbackListsViewTest extends UiTest {

    static final String ADMIN = "lists-ui-admin";

    @Autowired
    FeedbackLists lists;
    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    @Test
    void anAdminAddsAThemeAndARepFindsItAmongTheThemesWhenLoggingFeedback() {
        String label = unique("Sleep");
        loginAs(ADMIN, Role.ADMIN);
        UI.getCurrent().navigate(FeedbackListsView.class);
        _click(_get(Button.class, spec -> spec.withText("Add a theme")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), label);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Added " + label + ".");
        FeedbackListsView view = _get(FeedbackListsView.class);
        int row = rowOf(view.themes, label);
        assertThat(GridKt._getFormatted(view.themes.grid, row, "slug")).isEqualTo(label.toLowerCase());
        assertThat(GridKt._getFormatted(view.themes.grid, row, "status")).isEqualTo("Offered");

        loginAs(unique("rep"), Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackInboxView.class);
        _click(_get(Button.class, spec -> spec.withText("Log feedback")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Theme> themes = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Themes"));
        assertThat(themes.getListDataView().getItems().map(Theme::label)).contains(label, "EHC plans");
    }

    @Test
    void aNewThemeGroupsPublishedEntriesOnThePublicPageAndStillDoesOnceRetired() {
        String label = unique("Play schemes");
        loginAs(ADMIN, Role.ADMIN);
        long id = lists.add(ListKind.THEME, label, null);
        Theme theme = lists.themes().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        FeedbackFixture given = new FeedbackFixture(people, users, service, register);
        given.published("Play schemes fill up " + label, LocalDate.now(), "You said play " + label,
                "We added places.", theme.code());
        loginAs(ADMIN, Role.ADMIN);
        lists.retire(ListKind.THEME, id, theme.version());
        logout();

        UI.getCurrent().navigate(PublicFeedbackView.class, new QueryParameters(Map.of("theme",
                List.of(theme.slug()))));
        PublicFeedbackView view = _get(PublicFeedbackView.class);
        assertThat(view.theme.getValue()).isEqualTo(theme);
        assertThat(view.count.getText()).isEqualTo("1 entry.");
        assertThat(FeedbackViewsTest.shown(view).select("h2").eachText()).containsExactly(label + " (1)");
    }

    @Test
    void aRetiredChannelIsNoLongerAChoiceForNewFeedback() {
        String label = unique("Coffee morning");
        loginAs(ADMIN, Role.ADMIN);
        lists.add(ListKind.CHANNEL, label, null);
        UI.getCurrent().navigate(FeedbackListsView.class);
        FeedbackListsView view = _get(FeedbackListsView.class);
        int row = rowOf(view.channels, label);
        _click(_get(GridKt._getCellComponent(view.channels.grid, row, "actions"), Button.class,
                spec -> spec.withText("Retire")));

        NotificationsKt.expectNotifications(label + " is no longer offered for new feedback; items that have it "
                + "keep it.");
        assertThat(GridKt._getFormatted(view.channels.grid, rowOf(view.channels, label), "status"))
                .isEqualTo("Retired");

        loginAs(unique("rep"), Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackInboxView.class);
        _click(_get(Button.class, spec -> spec.withText("Log feedback")));
        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = _get(ComboBox.class, spec -> spec.withLabel("Where it was said"));
        assertThat(channel.getListDataView().getItems().map(Channel::label)).contains("Survey")
                .doesNotContain(label);
    }

    @Test
    void anEmptyOrTakenNameIsShownAtTheNameFieldAndNothingIsAdded() {
        loginAs(ADMIN, Role.ADMIN);
        UI.getCurrent().navigate(FeedbackListsView.class);
        int before = lists.channels().size();
        _click(_get(Button.class, spec -> spec.withText("Add a channel")));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the channel.");

        _setValue(name, "survey");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a channel called Survey.");
        assertThat(lists.channels()).hasSize(before);
    }

    @Test
    void aNameTypedWithMarkupIsShownAsText() {
        String label = "<b onmouseover=alert(1)>" + unique("Bold") + "</b>";
        loginAs(ADMIN, Role.ADMIN);
        lists.add(ListKind.THEME, label, null);
        UI.getCurrent().navigate(FeedbackListsView.class);
        FeedbackListsView view = _get(FeedbackListsView.class);
        assertThat(GridKt._getFormatted(view.themes.grid, rowOf(view.themes, label), "name")).isEqualTo(label);
    }

    @Test
    void theSecondAdminToRenameSeesTheFirstNameAndKeepsTheirOwnUntilTheySaveAgain() {
        String label = unique("Stall");
        loginAs(ADMIN, Role.ADMIN);
        long id = lists.add(ListKind.CHANNEL, label, null);
        UI.getCurrent().navigate(FeedbackListsView.class);
        FeedbackListsView view = _get(FeedbackListsView.class);
        _click(_get(GridKt._getCellComponent(view.channels.grid, rowOf(view.channels, label), "actions"),
                Button.class, spec -> spec.withText("Rename")));
        assertThat(_get(HistoryPanel.class)).isNotNull();

        ListValue loaded = lists.values(ListKind.CHANNEL).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow();
        lists.rename(ListKind.CHANNEL, id, loaded.version(), "Theirs " + label);

        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "Mine " + label);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        ConflictNotice notice = _get(ConflictNotice.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively()).contains("Name now reads: Theirs " + label);
        assertThat(name.getValue()).isEqualTo("Mine " + label);
        assertThat(labelOf(id)).isEqualTo("Theirs " + label);

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(labelOf(id)).isEqualTo("Mine " + label);
    }

    @Test
    void anAdminMovesAThemeUpTheList() {
        loginAs(ADMIN, Role.ADMIN);
        String first = unique("First");
        String second = unique("Second");
        lists.add(ListKind.THEME, first, null);
        lists.add(ListKind.THEME, second, null);
        UI.getCurrent().navigate(FeedbackListsView.class);
        FeedbackListsView view = _get(FeedbackListsView.class);
        int row = rowOf(view.themes, second);
        _click(_get(GridKt._getCellComponent(view.themes.grid, row, "actions"), Button.class,
                spec -> spec.withText("Move up")));

        assertThat(rowOf(view.themes, second)).isEqualTo(row - 1);
        assertThat(rowOf(view.themes, first)).isEqualTo(row);
        assertThat(_get(GridKt._getCellComponent(view.themes.grid, row, "actions"), Button.class,
                spec -> spec.withText("Move down")).isEnabled()).isFalse();
    }

    private static int rowOf(ListSection section, String label) {
        List<String> labels = java.util.stream.IntStream.range(0, GridKt._size(section.grid))
                .mapToObj(i -> GridKt._get(section.grid, i).label()).toList();
        assertThat(labels).contains(label);
        return labels.indexOf(label);
    }

    private String labelOf(long id) {
        return lists.values(ListKind.CHANNEL).stream().filter(v -> v.id() == id).findFirst().orElseThrow().label();
    }
}
