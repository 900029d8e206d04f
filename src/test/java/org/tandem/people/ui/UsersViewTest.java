package org.tandem.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.Role;
import org.tandem.people.UserDraft;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ui.ConflictNotice;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.support.UiTest;

class UsersViewTest extends UiTest {

    @Autowired
    UserService users;

    @BeforeEach
    void signIn() {
        loginAs("ui-admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
    }

    @Test
    void anAdminAddsAUserWhoThenAppearsInTheList() {
        String username = unique("newbie");
        _click(_get(Button.class, spec -> spec.withText("Add user")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Rosa Newbie");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail")), "rosa@example.org");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(Role.FORUM_REP));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("First password")), "four words make sense");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Rosa Newbie can now sign in as " + username + ".");
        UsersView view = _get(UsersView.class);
        _setValue(view.search, username);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).displayName()).isEqualTo("Rosa Newbie");
    }

    @Test
    void aMissingNameAndAWeakPasswordAreShownAtTheirFieldsAndNothingIsSaved() {
        String username = unique("bad");
        _click(_get(Button.class, spec -> spec.withText("Add user")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(Role.BOARD_MEMBER));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the person's name");

        _setValue(name, "Bad Password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("First password")), "password123");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("First password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12 characters");
        assertThat(SystemAuthentication.call(() -> users.findCredentials(username))).isEmpty();
    }

    @Test
    void typedMarkupIsShownAsTextInTheList() {
        String username = unique("markup");
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("<b onmouseover=alert(1)>Bold</b>");
        draft.setRoles(Set.of(Role.FORUM_REP));
        users.create(draft, "a perfectly long passphrase");
        UsersView view = _get(UsersView.class);
        _setValue(view.search, username);
        assertThat(GridKt._getFormatted(view.grid, 0, "name")).isEqualTo("<b onmouseover=alert(1)>Bold</b>");
    }

    @Test
    void editingAUserShowsItsHistoryAndTheSecondEditorIsToldOfAConflictWithoutLosingTheirEdit() {
        String username = unique("conflict");
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("First Name");
        draft.setRoles(Set.of(Role.WORKSTREAM_LEAD));
        long id = users.create(draft, "a perfectly long passphrase");

        UsersView view = _get(UsersView.class);
        view.open(users.edit(id));
        assertThat(_get(HistoryPanel.class).entries()).isNotEmpty();

        UserDraft other = users.edit(id);
        other.setDisplayName("Saved Elsewhere");
        users.update(other);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "My Late Edit");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        ConflictNotice notice = _get(ConflictNotice.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively()).contains("Name now reads: Saved Elsewhere");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("My Late Edit");
        assertThat(users.edit(id).getDisplayName()).isEqualTo("Saved Elsewhere");

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(users.edit(id).getDisplayName()).isEqualTo("My Late Edit");
    }
}
