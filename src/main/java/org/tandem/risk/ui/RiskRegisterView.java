package org.tandem.risk.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.risk.Band;
import org.tandem.risk.Category;
import org.tandem.risk.Level;
import org.tandem.risk.RegisterAbilities;
import org.tandem.risk.RiskFilter;
import org.tandem.risk.RiskLists;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskRow;
import org.tandem.risk.ScoringRules;

/**
 * The risk register: a lazy, paged grid, highest residual score first, with filters kept in the address so that
 * a filtered view can be shared, the heat map's cells can open it and the back button works.
 */
@Route("risks")
@PageTitle("Risk register | Tandem")
@Menu(order = 25, icon = "vaadin:warning", title = "Risk register")
@PermitAll
public class RiskRegisterView extends Main implements BeforeEnterObserver {

    final ComboBox<Category> category = new ComboBox<>("Category");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final ComboBox<OrganisationSummary> partner = new ComboBox<>("Partner");
    final ComboBox<Level> level = new ComboBox<>("Level");
    final ComboBox<Band> band = new ComboBox<>("Band");
    final Checkbox aboveAppetite = new Checkbox("Above appetite");
    final Checkbox escalated = new Checkbox("Escalated");
    final Checkbox reviewOverdue = new Checkbox("Review overdue");
    final Checkbox mitigationFailing = new Checkbox("Mitigation failing");
    final Checkbox closed = new Checkbox("Include closed");
    final TextField text = new TextField("Search");
    final Grid<RiskRow> grid = RiskColumns.grid();
    final Paragraph matches = new Paragraph();
    final Paragraph cell = new Paragraph();
    private final RiskRegister register;
    private final List<Category> categories;
    private final List<Person> people;
    private final List<OrganisationSummary> organisations;
    private RiskFilter filter = RiskFilter.none();
    private boolean applying;

    public RiskRegisterView(RiskRegister register, RiskLists lists, UserService users,
            OrganisationService organisationService, RiskEditing editing) {
        this.register = register;
        this.categories = lists.categories();
        this.people = users.everyone();
        this.organisations = organisationService.list();
        ScoringRules rules = lists.rules();
        addClassName("page");

        category.setItems(categories);
        category.setItemLabelGenerator(Category::label);
        owner.setItems(people);
        owner.setItemLabelGenerator(Person::displayName);
        partner.setItems(organisations);
        partner.setItemLabelGenerator(OrganisationSummary::name);
        level.setItems(Level.values());
        level.setItemLabelGenerator(Level::label);
        band.setItems(Band.values());
        band.setItemLabelGenerator(value -> rules.word(value) + " (" + rules.range(value) + ")");
        text.setPlaceholder("Reference, title, cause, event or consequence");
        text.setMaxLength(RiskFilter.TEXT_LENGTH);
        text.setHelperText("Up to " + RiskFilter.TEXT_LENGTH + " characters");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        List.of(category, owner, partner, level, band).forEach(box -> box.setClearButtonVisible(true));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(category, owner, partner, level, band, aboveAppetite,
                escalated, reviewOverdue, mitigationFailing, closed, text)) {
            field.addValueChangeListener(event -> {
                if (!applying) {
                    navigateTo(fromFields());
                }
            });
        }
        FlexLayout filters = new FlexLayout(category, owner, partner, level, band, text, aboveAppetite, escalated,
                reviewOverdue, mitigationFailing, closed);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Div bar = new Div();
        bar.addClassName("toolbar");
        bar.add(new Button("Clear filters", event -> navigateTo(RiskFilter.none())));
        RegisterAbilities abilities = register.abilities();
        if (abilities.mayRaise()) {
            Button raise = new Button("Raise a risk", event -> editing.raise(id ->
                    UI.getCurrent().navigate(RiskView.class, new com.vaadin.flow.router.RouteParameters("id",
                            String.valueOf(id)))));
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(raise);
        }
        RiskExports.addTo(bar, register, () -> filter);
        if (abilities.mayImport()) {
            bar.add(new RouterLink("Import a register", RiskImportView.class));
        }
        if (abilities.mayKeepSettings()) {
            bar.add(new RouterLink("Categories and scoring", RiskSettingsView.class));
        }
        bar.add(new RouterLink("Heat map", HeatMapView.class), new RouterLink("Escalated to the board",
                EscalatedRisksView.class));

        grid.setItems(query -> register.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, register.count(filter)));
        grid.setPageSize(50);
        grid.setHeight("65vh");
        matches.setId("risk-count");
        matches.getElement().setAttribute("aria-live", "polite");
        add(new H1("Risk register"), filters, bar, cell, matches, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = RiskFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        applying = true;
        try {
            category.setValue(categories.stream().filter(c -> c.code().equals(filter.category())).findFirst()
                    .orElse(null));
            owner.setValue(find(people, Person::id, filter.ownerId()));
            partner.setValue(find(organisations, OrganisationSummary::id, filter.partnerId()));
            level.setValue(filter.level());
            band.setValue(filter.band());
            aboveAppetite.setValue(filter.aboveAppetite());
            escalated.setValue(filter.escalated());
            reviewOverdue.setValue(filter.reviewOverdue());
            mitigationFailing.setValue(filter.mitigationFailing());
            closed.setValue(filter.includeClosed());
            text.setValue(filter.text());
        } finally {
            applying = false;
        }
        cell.setText(filter.likelihood() == null && filter.impact() == null ? "" : "From the heat map: "
                + filter.basis().label().toLowerCase() + " likelihood " + Objects.toString(filter.likelihood(), "any")
                + ", impact " + Objects.toString(filter.impact(), "any") + ".");
        cell.setVisible(!cell.getText().isEmpty());
        long count = register.count(filter);
        matches.setText(count == 1 ? "1 risk matches." : count + " risks match.");
        grid.getDataProvider().refreshAll();
    }

    RiskFilter filter() {
        return filter;
    }

    private RiskFilter fromFields() {
        return new RiskFilter(category.getValue() == null ? null : category.getValue().code(),
                owner.getValue() == null ? null : owner.getValue().id(),
                partner.getValue() == null ? null : partner.getValue().id(), level.getValue(), band.getValue(),
                aboveAppetite.getValue(), escalated.getValue(), reviewOverdue.getValue(),
                mitigationFailing.getValue(), closed.getValue(), filter.likelihood(), filter.impact(),
                filter.basis(), text.getValue());
    }

    private void navigateTo(RiskFilter newFilter) {
        UI.getCurrent().navigate(RiskRegisterView.class, new QueryParameters(newFilter.toQuery()));
    }

    private static <T> T find(List<T> items, java.util.function.ToLongFunction<T> id, Long wanted) {
        return wanted == null ? null
                : items.stream().filter(item -> Objects.equals(id.applyAsLong(item), wanted)).findFirst().orElse(null);
    }
}
