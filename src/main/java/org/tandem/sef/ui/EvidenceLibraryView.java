package org.tandem.sef.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EditionSummary;
import org.tandem.sef.EvidenceFilter;
import org.tandem.sef.EvidenceKind;
import org.tandem.sef.EvidenceRow;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.SefService;
import org.tandem.sef.Voice;
import org.tandem.shared.ui.TextLimits;

/**
 * The evidence library: a lazy grid, newest first, searched by words and filtered by kind and voice; items holding
 * personal data appear only to those who may open them. Those who add evidence add it here.
 */
@Route("sef/evidence")
@PageTitle("Evidence library | Tandem")
@Menu(order = 29, icon = "vaadin:archive", title = "Evidence library")
@PermitAll
public class EvidenceLibraryView extends Main {

    final TextField text = new TextField("Search");
    final ComboBox<EvidenceKind> kind = new ComboBox<>("Kind");
    final ComboBox<Voice> voice = new ComboBox<>("Voice");
    final Grid<EvidenceRow> grid = new Grid<>(EvidenceRow.class, false);
    final Paragraph matches = new Paragraph();
    final Button add = new Button("Add evidence");
    private final EvidenceService evidence;
    private final SefService sef;
    private EvidenceFilter filter = EvidenceFilter.none();

    public EvidenceLibraryView(EvidenceService evidence, SefService sef) {
        this.evidence = evidence;
        this.sef = sef;
        addClassName("page");
        text.setPlaceholder("Title, description or source");
        text.setHelperText("Words in the title, description or source");
        TextLimits.limit(text, EvidenceFilter.TEXT_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(EvidenceKind::label);
        kind.setClearButtonVisible(true);
        voice.setItems(Voice.values());
        voice.setItemLabelGenerator(Voice::label);
        voice.setClearButtonVisible(true);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(text, kind, voice)) {
            field.addValueChangeListener(event -> refresh());
        }
        FlexLayout filters = new FlexLayout(text, kind, voice);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.addColumn(EvidenceRow::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addColumn(row -> row.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(row -> row.voice().label()).setHeader("Voice").setAutoWidth(true);
        grid.addColumn(row -> SefText.date(row.evidencedOn())).setHeader("Date").setSortProperty("evidencedOn")
                .setAutoWidth(true);
        grid.addColumn(EvidenceRow::sourceOrganisation).setHeader("Source").setAutoWidth(true);
        grid.addColumn(row -> row.personalData() ? "Contains personal data" : "").setHeader("Personal data")
                .setAutoWidth(true);
        grid.addComponentColumn(row -> new Div(new Span(row.criteria() + (row.criteria() == 1 ? " criterion"
                : " criteria")), SefText.supports(row))).setHeader("Supports").setKey("supports").setFlexGrow(2);
        grid.addComponentColumn(row -> SefText.open(row, evidence)).setHeader("Open").setFlexGrow(2);
        grid.addComponentColumn(this::changes).setHeader("Change").setKey("change").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setHeight("65vh");
        grid.setItems(query -> evidence.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, evidence.count(filter)));
        matches.getElement().setAttribute("aria-live", "polite");

        Div bar = new Div();
        bar.addClassName("toolbar");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openAdd());
        add.setVisible(!evidence.kindsIMayAdd().isEmpty());
        bar.add(add);
        add(new H1("Evidence library"), filters, bar, matches, grid);
        refresh();
    }

    private void openAdd() {
        List<EditionSummary> editions = sef.editions();
        List<CriterionRow> criteria = editions.isEmpty() ? List.of() : sef.overview(editions.getFirst().id()).rows();
        new EvidenceDialog(evidence, criteria, sef.actions(), this::refresh).open();
    }

    private Div changes(EvidenceRow row) {
        Div changes = new Div();
        if (!row.mayChange()) {
            return changes;
        }
        Button edit = new Button("Edit", e -> {
            List<EditionSummary> editions = sef.editions();
            List<CriterionRow> criteria = editions.isEmpty() ? List.of()
                    : sef.overview(editions.getFirst().id()).rows();
            var actions = sef.actions();
            new EvidenceDialog(evidence, criteria, actions, this::refresh)
                    .editing(evidence.edit(row.id()), criteria, actions).open();
        });
        edit.getElement().setAttribute("aria-label", "Edit " + row.title());
        Button remove = new Button("Remove", e -> confirmRemove(row));
        remove.getElement().setAttribute("aria-label", "Remove " + row.title());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        changes.add(edit, remove);
        return changes;
    }

    private void confirmRemove(EvidenceRow row) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Remove “" + row.title() + "”?");
        dialog.add(new Paragraph("It is taken out of the library, with its file, and no longer backs any criterion."));
        Button remove = new Button("Remove", e -> {
            if (new org.tandem.shared.ui.SaveAttempt().onConflict(this::refresh).run(() -> evidence.remove(row.id(),
                    row.version()))) {
                dialog.close();
                org.tandem.shared.ui.Notifications.success("Removed “" + row.title() + "”.");
                refresh();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), remove);
        dialog.open();
    }

    private void refresh() {
        filter = new EvidenceFilter(text.getValue(), kind.getValue(), voice.getValue(), null);
        grid.getDataProvider().refreshAll();
        long count = evidence.count(filter);
        matches.setText(count + (count == 1 ? " item" : " items"));
    }
}
