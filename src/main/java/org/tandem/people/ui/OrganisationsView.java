package org.tandem.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.tandem.people.OrganisationKind;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.PartnerOrganisation;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.people.Roles;
import org.tandem.shared.ui.TextLimits;

/** Admins list, add and rename the partnership's partner organisations. */
@Route("admin/organisations")
@PageTitle("Organisations | Tandem")
@Menu(order = 91, icon = "vaadin:building", title = "Organisations")
@RolesAllowed(Roles.ADMIN)
public class OrganisationsView extends Main {

    final Grid<OrganisationSummary> grid = new Grid<>();
    private final OrganisationService organisations;
    private final TandemProperties properties;

    public OrganisationsView(OrganisationService organisations, TandemProperties properties) {
        this.organisations = organisations;
        this.properties = properties;
        addClassName("page");
        Button add = new Button("Add organisation", event -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(OrganisationSummary::name).setHeader("Name").setSortable(true);
        grid.addColumn(organisation -> organisation.kind().label()).setHeader("Kind").setSortable(true);
        grid.addComponentColumn(organisation -> {
            Button edit = new Button("Edit", event -> open(organisation));
            edit.getElement().setAttribute("aria-label", "Edit " + organisation.name());
            return edit;
        }).setHeader("Edit").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Partner organisations");
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setEmptyStateText("No organisations yet.");
        refresh();
        add(new H1("Partner organisations"), add, grid);
    }

    private void refresh() {
        grid.setItems(organisations.list());
    }

    void open(@Nullable OrganisationSummary organisation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(organisation == null ? "Add organisation" : "Edit " + organisation.name());
        dialog.setWidth("min(44rem, 95vw)");
        TextField name = new TextField("Name");
        TextLimits.limit(name, PartnerOrganisation.NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        ComboBox<OrganisationKind> kind = new ComboBox<>("Kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(OrganisationKind::label);
        kind.setRequiredIndicatorVisible(true);
        if (organisation != null) {
            name.setValue(organisation.name());
            kind.setValue(organisation.kind());
        }
        dialog.add(new FormLayout(name, kind));
        Button save = new Button("Save", event -> {
            boolean saved = new SaveAttempt().at("name", name).at("kind", kind).otherwise(name).onConflict(() -> {
                dialog.close();
                refresh();
                organisations.list().stream().filter(o -> organisation != null && o.id() == organisation.id())
                        .findFirst().ifPresent(this::open);
            }).run(() -> {
                if (organisation == null) {
                    organisations.create(name.getValue(), kind.getValue());
                } else {
                    organisations.update(organisation.id(), organisation.version(), name.getValue(), kind.getValue());
                }
            });
            if (saved) {
                Notifications.success("Saved " + name.getValue().strip() + ".");
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        if (organisation != null) {
            HistoryPanel history = new HistoryPanel(properties.timeZone());
            history.setEntries(organisations.history(organisation.id()));
            dialog.add(history);
        }
        dialog.open();
    }
}
