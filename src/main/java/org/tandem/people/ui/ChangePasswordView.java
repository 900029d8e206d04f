package org.tandem.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tandem.people.PasswordPolicy;
import org.tandem.people.UserService;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/** Everyone changes their own password here, from the menu under their name. */
@Route("account/password")
@PageTitle("Change password | Tandem")
@PermitAll
public class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");

    public ChangePasswordView(UserService users) {
        addClassName("page");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A few unrelated words "
                + "make a password that is long and easy to remember.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button("Change password", event -> {
            current.setInvalid(false);
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords are different.");
                repeat.setInvalid(true);
                repeat.focus();
                return;
            }
            if (new SaveAttempt().at("currentPassword", current).otherwise(password)
                    .run(() -> users.changeOwnPassword(current.getValue(), password.getValue()))) {
                current.clear();
                password.clear();
                repeat.clear();
                Notifications.success("Your password is changed.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30rem");
        add(new H1("Change your password"),
                new Paragraph("You stay signed in. Next time, sign in with the new password."), form, save);
    }
}
