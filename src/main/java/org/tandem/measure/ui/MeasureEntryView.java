package org.tandem.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.measure.EntryLine;
import org.tandem.measure.MeasureService;
import org.tandem.measure.MeasureValue;
import org.tandem.measure.ValueDraft;
import org.tandem.measure.ValueLine;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * The owner's measures on one screen, each with the period whose value is due: the value (or, for a percentage
 * or a rate, how many of how many), whether it is validated, and a note. Each measure saves on its own, so a
 * fault in one keeps nothing else from being saved. Someone who entered a value first is never overwritten.
 */
@Route("measures/entry")
@PageTitle("Enter values | Tandem")
@PermitAll
@StyleSheet("styles/measures.css")
public class MeasureEntryView extends Main {

    private final MeasureService measures;

    public MeasureEntryView(MeasureService measures) {
        this.measures = measures;
        addClassNames("page", "measures-page");
        show();
    }

    void show() {
        removeAll();
        add(new RouterLink("← Measures of success", MeasureDashboardView.class));
        add(new H1("Enter this period's values"));
        add(new RouterLink("Import many values from a spreadsheet", ValueImportView.class));
        List<EntryLine> lines = measures.entry();
        if (lines.isEmpty()) {
            add(new Paragraph("You own no measures. An admin gives each measure an owner."));
        }
        lines.forEach(line -> add(new EntryCard(line)));
    }

    /** One measure's entry. */
    final class EntryCard extends Section {

        final NumberField value = new NumberField("Value");
        final IntegerField numerator = new IntegerField("Numerator (how many)");
        final IntegerField denominator = new IntegerField("Denominator (out of how many)");
        final Checkbox validated = new Checkbox("Validated (otherwise provisional)");
        final TextArea note = new TextArea("Note");
        final Paragraph state = new Paragraph();
        final EntryLine line;
        private @Nullable Long knownVersion;

        EntryCard(EntryLine line) {
            this.line = line;
            addClassNames("card", "measure-entry");
            add(new H2(new RouterLink(line.name(), MeasureView.class, new RouteParameters("id",
                    String.valueOf(line.measureId())))));
            add(new Paragraph("Period due: " + line.periodLabel() + ". Unit: " + line.unit().label() + "."));
            state.getElement().setAttribute("role", "status");
            add(state);
            value.setLabel("Value for " + line.periodLabel());
            if (line.unit().hasBase()) {
                value.setLabel("Value for " + line.periodLabel() + " (worked out when you give the base)");
            }
            TextLimits.limit(note, MeasureValue.NOTE_LENGTH);
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em",
                    3));
            if (line.unit().hasBase()) {
                form.add(numerator, denominator);
            }
            form.add(value, validated, note);
            form.setColspan(note, 3);
            add(form);
            Button save = new Button("Save " + line.name(), event -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
            show(line.entered());
        }

        private void show(@Nullable ValueLine entered) {
            knownVersion = entered == null ? null : entered.version();
            if (entered == null) {
                state.setText("No value yet for " + line.periodLabel() + ".");
                return;
            }
            state.setText("Entered: " + entered.text() + (entered.base().isEmpty() ? "" : " (" + entered.base()
                    + ")") + ", " + entered.status().toLowerCase() + ", by " + entered.enteredBy() + ".");
            value.setValue(entered.value());
            numerator.setValue(entered.numerator() == null ? null : entered.numerator().intValue());
            denominator.setValue(entered.denominator() == null ? null : entered.denominator().intValue());
            validated.setValue(entered.validated());
            note.setValue(entered.note());
        }

        void save() {
            if (value.isInvalid() || numerator.isInvalid() || denominator.isInvalid()) {
                return;
            }
            ValueDraft draft = new ValueDraft(line.measureId(), line.period(), value.getValue(),
                    numerator.getValue() == null ? null : numerator.getValue().longValue(),
                    denominator.getValue() == null ? null : denominator.getValue().longValue(),
                    validated.getValue(), note.getValue(), knownVersion);
            new SaveAttempt().at("value", value).at("numerator", numerator).at("denominator", denominator)
                    .at("note", note).at("period", value)
                    .onConflictKeepingEdits(this::showTheirs)
                    .call(() -> measures.enter(draft)).ifPresent(saved -> {
                        Notifications.success("Saved " + line.name() + " for " + line.periodLabel() + ".");
                        show(saved);
                    });
        }

        /** Someone else's value came first: say what it is and keep what this person typed, to compare. */
        private void showTheirs() {
            ValueLine theirs = measures.entry().stream().filter(l -> l.measureId() == line.measureId())
                    .findFirst().map(EntryLine::entered).orElse(null);
            knownVersion = theirs == null ? null : theirs.version();
            String message = theirs == null ? "The value was removed meanwhile; save again to enter yours."
                    : "Someone else saved a value first: " + theirs.text() + " by " + theirs.enteredBy()
                            + ". Yours is still in the fields: save again to replace theirs, or leave it.";
            state.setText(message);
            Notifications.error(message);
        }
    }
}
