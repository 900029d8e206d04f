package org.tandem.sef.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;
import org.tandem.sef.EditionSummary;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;
import org.tandem.sef.TemplateOutline;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/** The steps an edition takes: starting one, submitting it to the board, and recording the board's approval. */
final class EditionDialogs {

    private final SefService sef;
    private final SefFrameworks frameworks;

    EditionDialogs(SefService sef, SefFrameworks frameworks) {
        this.sef = sef;
        this.frameworks = frameworks;
    }

    void start(LongConsumer started) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Start a new edition");
        TextField year = new TextField("Academic year");
        year.setHelperText("As 2026/27");
        TextLimits.limit(year, 7);
        Select<TemplateOutline> template = new Select<>();
        template.setLabel("Framework");
        template.setItems(frameworks.templates());
        template.setItemLabelGenerator(TemplateOutline::name);
        frameworks.templates().stream().filter(t -> t.shipped() && t.name().startsWith("Area SEND")).findFirst()
                .ifPresent(template::setValue);
        Paragraph how = new Paragraph("The new edition starts as a copy of the latest edition on the same "
                + "framework: its judgements, narrative, owners and actions.");
        Button save = new Button("Start the edition", e -> {
            if (template.getValue() == null) {
                Notifications.error("Choose a framework.");
                return;
            }
            new SaveAttempt().at("academicYear", year).call(() -> sef.startEdition(year.getValue(),
                    template.getValue().id())).ifPresent(id -> {
                        dialog.close();
                        Notifications.success("Started SEF " + year.getValue().strip() + ".");
                        started.accept(id);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(how, year, template);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    void submit(EditionSummary edition, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Submit " + edition.name() + " to the board");
        dialog.add(new Paragraph("Criterion owners can still change it until the board approves it; once approved "
                + "it is frozen."));
        Button submit = new Button("Submit to the board", e -> {
            if (new SaveAttempt().onConflict(done).run(() -> sef.submit(edition.id(), edition.version()))) {
                dialog.close();
                Notifications.success(edition.name() + " was submitted to the board.");
                done.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), submit);
        dialog.open();
    }

    void approve(EditionSummary edition, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record the board's approval of " + edition.name());
        BritishDatePicker on = new BritishDatePicker("Date of the board meeting");
        TextField minute = new TextField("Minute reference");
        minute.setHelperText("The minute that records the approval, such as PB/26/14");
        TextLimits.limit(minute, 100);
        dialog.add(new Paragraph("Once approved the edition is frozen: no criterion can be changed in it."), on,
                minute);
        Button approve = new Button("Approve", e -> {
            if (new SaveAttempt().at("approvedOn", on).at("minuteReference", minute).onConflict(done)
                    .run(() -> sef.approve(edition.id(), edition.version(), on.getValue(), minute.getValue()))) {
                dialog.close();
                Notifications.success(edition.name() + " is approved and frozen.");
                done.run();
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), approve);
        dialog.open();
    }
}
