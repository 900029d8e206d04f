package org.tandem.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.support.UiTest;

class ChangePasswordViewTest extends UiTest {

    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aForumRepChangesTheirOwnPassword() {
        String username = unique("rep");
        people.user(username, "Rep", null, null, "the old long passphrase", List.of(Role.FORUM_REP));
        loginAs(username, Role.FORUM_REP);
        UI.getCurrent().navigate(ChangePasswordView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "the old long passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a brand new passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "a brand new passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        NotificationsKt.expectNotifications("Your password is changed.");
        assertThat(encoder.matches("a brand new passphrase",
                users.findCredentials(username).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsShownAtItsField() {
        String username = unique("rep");
        people.user(username, "Rep", null, null, "the old long passphrase", List.of(Role.FORUM_REP));
        loginAs(username, Role.FORUM_REP);
        UI.getCurrent().navigate(ChangePasswordView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "not my password at all");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a brand new passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "a brand new passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("That is not your current password.");
    }
}
