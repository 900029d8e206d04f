package org.tandem.sef.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.sef.EvidenceFilter;
import org.tandem.sef.EvidenceRow;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.Counted;
import org.tandem.sef.ReadinessRow;
import org.tandem.sef.ReadinessService;
import org.tandem.sef.SefService;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * The readiness list: what inspectors ask for as an inspection starts, each item with the evidence that answers
 * it or "missing". Admins keep the list and point items at evidence in the library.
 */
@Route("sef/readiness")
@PageTitle("Inspection readiness | Tandem")
@PermitAll
public class ReadinessView extends Main {

    final Paragraph headline = new Paragraph();
    final Div items = new Div();
    private final ReadinessService readiness;
    private final EvidenceService evidence;
    private final boolean mayKeep;

    public ReadinessView(ReadinessService readiness, EvidenceService evidence, SefService sef) {
        this.readiness = readiness;
        this.evidence = evidence;
        this.mayKeep = sef.mayStartEdition();
        addClassName("page");
        headline.getElement().setAttribute("aria-live", "polite");
        add(new RouterLink("Back to the overview", SefOverviewView.class), new H1("Inspection readiness"),
                headline);
        if (mayKeep) {
            add(new Button("Add an item", e -> addItem()));
        }
        add(items);
        show();
    }

    private void show() {
        List<ReadinessRow> rows = readiness.list();
        List<String> missing = rows.stream().filter(ReadinessRow::missing).map(ReadinessRow::title).toList();
        int answered = rows.size() - missing.size();
        headline.setText(answered + " of " + Counted.of(rows.size(), "item", "items") + " "
                + Counted.agreeing(answered, "has", "have") + " evidence."
                + (missing.isEmpty() ? "" : " Missing: " + String.join("; ", missing) + "."));
        items.removeAll();
        for (ReadinessRow row : rows) {
            Div item = new Div(new H2(row.title()), new Paragraph(row.description()));
            item.addClassName("sef-readiness");
            if (row.missing()) {
                item.add(new Paragraph("Missing: no evidence answers this yet."));
            }
            for (EvidenceRow answer : row.evidence()) {
                item.add(new Div(new Paragraph(answer.title() + " (" + answer.kind().label() + ", "
                        + SefText.date(answer.evidencedOn()) + ")"), SefText.open(answer, evidence)));
            }
            if (row.hidden() > 0) {
                item.add(new Paragraph(SefText.hidden(row.hidden())));
            }
            if (row.mayEdit()) {
                Button answer = new Button("Choose evidence", e -> choose(row));
                answer.getElement().setAttribute("aria-label", "Choose evidence for " + row.title());
                Button remove = new Button("Remove", e -> {
                    if (new SaveAttempt().onConflict(this::show).run(() -> readiness.remove(row.id(),
                            row.version()))) {
                        Notifications.success("Removed " + row.title() + " from the list.");
                        show();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", "Remove " + row.title());
                item.add(new Div(answer, remove));
            }
            items.add(item);
        }
    }

    private void choose(ReadinessRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Evidence for " + row.title());
        MultiSelectComboBox<EvidenceRow> chosen = new MultiSelectComboBox<>("Evidence");
        chosen.setItemLabelGenerator(e -> e.title() + " (" + SefText.date(e.evidencedOn()) + ")");
        chosen.setItems(query -> evidence.list(new EvidenceFilter(query.getFilter().orElse(""), null, null, null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        chosen.setValue(new HashSet<>(row.evidence()));
        chosen.setWidthFull();
        Button save = new Button("Save", e -> {
            if (new SaveAttempt().at("evidenceIds", chosen).onConflict(this::show).run(() -> readiness.answer(
                    row.id(), row.version(), chosen.getValue().stream().map(EvidenceRow::id)
                            .collect(Collectors.toSet())))) {
                dialog.close();
                Notifications.success("Saved the evidence for " + row.title() + ".");
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(chosen);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void addItem() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add an item to the readiness list");
        TextField title = new TextField("What inspectors ask for");
        TextLimits.limit(title, 300);
        TextArea description = new TextArea("Description");
        TextLimits.limit(description, 2000);
        Button save = new Button("Add", e -> new SaveAttempt().at("title", title).call(() -> readiness.add(
                title.getValue(), description.getValue())).ifPresent(id -> {
                    dialog.close();
                    show();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, description);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
