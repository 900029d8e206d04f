package org.tandem.people.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.PasswordPolicy;
import org.tandem.people.Role;
import org.tandem.people.UserAccount;
import org.tandem.people.UserDraft;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/** The fields of a user; the same rules as the service, checked as the admin types. */
class UserForm extends FormLayout {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final EmailField email = new EmailField("E-mail");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Organisation");
    final PasswordField initialPassword = new PasswordField("First password");

    private final BeanValidationBinder<UserDraft> binder = Forms.binder(UserDraft.class);
    private final List<OrganisationSummary> organisations;
    private UserDraft draft = new UserDraft();

    UserForm(List<OrganisationSummary> organisations) {
        this.organisations = organisations;
        TextLimits.limit(username, UserAccount.USERNAME_LENGTH);
        username.setHelperText("Lower-case letters, digits, dots and dashes. Cannot be changed later.");
        username.setRequiredIndicatorVisible(true);
        TextLimits.limit(displayName, UserAccount.DISPLAY_NAME_LENGTH);
        displayName.setRequiredIndicatorVisible(true);
        TextLimits.limit(email, UserAccount.EMAIL_LENGTH);
        email.setHelperText("Reports and reminders go here. Leave empty if the person has none.");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        // The rule in words, not as the indicator: with it Vaadin sets aria-required on the group, which role
        // "group" may not carry (axe-core: aria-allowed-attr, critical). The service still refuses no role.
        roles.setHelperText("Choose at least one.");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        initialPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. Give it to the person safely; they can change it after signing in.");
        initialPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);

        binder.bindInstanceFields(this);
        roles.setRequiredIndicatorVisible(false);
        binder.forField(organisation).bind(
                draft -> organisations.stream().filter(o -> o.id() == (draft.getOrganisationId() == null ? -1
                        : draft.getOrganisationId())).findFirst().orElse(null),
                (draft, chosen) -> draft.setOrganisationId(chosen == null ? null : chosen.id()));
        add(username, displayName, email, organisation, roles, initialPassword);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setColspan(roles, 2);
    }

    void edit(UserDraft newDraft) {
        this.draft = newDraft;
        binder.readBean(newDraft);
        boolean creating = newDraft.getId() == null;
        username.setReadOnly(!creating);
        initialPassword.setVisible(creating);
        initialPassword.clear();
        initialPassword.setInvalid(false);
    }

    /** Writes the fields to the draft; false (with messages at the fields) when a rule is broken. */
    boolean writeTo() {
        return Forms.write(binder, draft);
    }

    UserDraft draft() {
        return draft;
    }

    /** A save of this form: a problem at its field, any other (a refused role change, say) as a notice. */
    SaveAttempt saving() {
        return new SaveAttempt().at("username", username).at("displayName", displayName).at("email", email)
                .at("roles", roles).at("organisationId", organisation).at("password", initialPassword);
    }

    List<OrganisationSummary> organisations() {
        return organisations;
    }
}
