package org.tandem.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.tandem.people.OrganisationService;
import org.tandem.people.Role;
import org.tandem.people.UserDraft;
import org.tandem.people.UserService;
import org.tandem.people.UserSummary;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.ConflictNotice;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.people.Roles;

/** Admins find, add and edit users, disable them, and reset passwords. */
@Route("admin/users")
@PageTitle("Users | Tandem")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Main {

    final TextField search = new TextField("Search");
    final ComboBox<Role> roleFilter = new ComboBox<>("Role");
    final Grid<UserSummary> grid = new Grid<>();
    private final UserService users;
    private final OrganisationService organisations;
    private final TandemProperties properties;

    public UsersView(UserService users, OrganisationService organisations, TandemProperties properties) {
        this.users = users;
        this.organisations = organisations;
        this.properties = properties;
        addClassName("page");

        search.setPlaceholder("Name, username or e-mail");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(Role::label);
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(event -> refresh());
        Button add = new Button("Add user", event -> open(new UserDraft()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, add);
        toolbar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);

        grid.addColumn(UserSummary::displayName).setHeader("Name").setKey("name").setSortProperty("displayName");
        grid.addColumn(UserSummary::username).setHeader("Username").setSortProperty("username");
        grid.addColumn(user -> user.email() == null ? "" : user.email()).setHeader("E-mail");
        grid.addColumn(user -> user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(user -> user.organisation() == null ? "" : user.organisation()).setHeader("Organisation");
        grid.addColumn(user -> user.enabled() ? "Active" : "Disabled").setHeader("Status");
        // A button in each row, so that keyboard and screen reader users can open a user too.
        grid.addComponentColumn(user -> {
            Button edit = new Button("Edit", event -> open(users.edit(user.id())));
            edit.getElement().setAttribute("aria-label", "Edit " + user.displayName());
            return edit;
        }).setHeader("Edit").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Users");
        grid.setItems(query -> users.list(search.getValue(), roleFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(event -> open(users.edit(event.getItem().id())));
        grid.setEmptyStateText("No users match.");

        add(new H1("Users"), toolbar, grid);
        setSizeFull();
        grid.setHeight("70vh");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    void open(UserDraft draft) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(draft.getId() == null ? "Add user" : "Edit " + draft.getDisplayName());
        dialog.setWidth("min(52rem, 95vw)");
        UserForm form = new UserForm(organisations.list());
        form.edit(draft);
        ConflictNotice conflict = new ConflictNotice();
        dialog.add(conflict, form);

        Button save = new Button("Save", event -> save(form, dialog, conflict));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> dialog.close());
        dialog.getFooter().add(cancel, save);

        if (draft.getId() != null) {
            long id = draft.getId();
            Button toggle = new Button(draft.isEnabled() ? "Disable user" : "Enable user", event -> {
                boolean disabling = form.draft().isEnabled();
                boolean saved = new SaveAttempt().onConflict(() -> form.edit(users.edit(id))).run(() -> {
                    if (disabling) {
                        users.disable(id, form.draft().getVersion());
                    } else {
                        users.enable(id, form.draft().getVersion());
                    }
                });
                if (saved) {
                    Notifications.success(form.draft().getDisplayName() + (disabling ? " is disabled and signed out."
                            : " can sign in again."));
                    dialog.close();
                    refresh();
                }
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button reset = new Button("Reset password", event -> resetPassword(id, form.draft().getDisplayName()));
            dialog.getFooter().addComponentAtIndex(0, toggle);
            dialog.getFooter().addComponentAtIndex(1, reset);
            HistoryPanel history = new HistoryPanel(properties.timeZone());
            history.setEntries(users.history(id));
            dialog.add(history);
        }
        dialog.open();
    }

    private void save(UserForm form, Dialog dialog, ConflictNotice conflict) {
        if (!form.writeTo()) {
            return;
        }
        UserDraft draft = form.draft();
        boolean creating = draft.getId() == null;
        boolean saved = form.saving().onConflictKeepingEdits(() -> showTheirs(form, conflict)).run(() -> {
            if (creating) {
                users.create(draft, form.initialPassword.getValue());
            } else {
                users.update(draft);
            }
        });
        if (saved) {
            Notifications.success(creating ? draft.getDisplayName() + " can now sign in as " + draft.getUsername()
                    + "." : "Saved " + draft.getDisplayName() + ".");
            dialog.close();
            refresh();
        }
    }

    /** What the other admin saved, beside the edit kept in the form; saving again replaces theirs knowingly. */
    private void showTheirs(UserForm form, ConflictNotice conflict) {
        UserDraft draft = form.draft();
        UserDraft saved = users.edit(draft.getId());
        java.util.Map<String, String> theirs = new java.util.LinkedHashMap<>();
        if (!saved.getDisplayName().equals(draft.getDisplayName())) {
            theirs.put("Name", saved.getDisplayName());
        }
        if (!saved.getEmail().equals(draft.getEmail())) {
            theirs.put("E-mail", saved.getEmail());
        }
        if (!saved.getRoles().equals(draft.getRoles())) {
            theirs.put("Roles", saved.getRoles().stream().map(Role::label).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!java.util.Objects.equals(saved.getOrganisationId(), draft.getOrganisationId())) {
            theirs.put("Organisation", form.organisations().stream()
                    .filter(o -> java.util.Objects.equals(o.id(), saved.getOrganisationId()))
                    .map(o -> o.name()).findFirst().orElse(""));
        }
        if (saved.isEnabled() != draft.isEnabled()) {
            theirs.put("Status", saved.isEnabled() ? "Active" : "Disabled");
        }
        conflict.show("this user", theirs);
        draft.rebaseOn(saved);
    }

    private void resetPassword(long id, String name) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of " + name);
        PasswordField password = new PasswordField("New password");
        password.setWidthFull();
        Button confirm = new Button("Reset password", event -> {
            if (new SaveAttempt().otherwise(password).run(() -> users.resetPassword(id, password.getValue()))) {
                Notifications.success("The password of " + name + " is reset. Give it to them safely.");
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        dialog.open();
    }
}
