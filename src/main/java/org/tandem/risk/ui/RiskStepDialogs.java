package org.tandem.risk.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.tandem.risk.Level;
import org.tandem.risk.ReviewDraft;
import org.tandem.risk.RiskDetails;
import org.tandem.risk.RiskReviewService;
import org.tandem.risk.RiskService;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/**
 * The dialogs for a risk's steps: review, escalate, de-escalate, tolerate and close. A refused step shows its
 * message at the field; a conflict says so and reloads the page; nothing is saved half-way.
 */
final class RiskStepDialogs {

    private RiskStepDialogs() {
    }

    static Dialog review(RiskDetails risk, java.time.LocalDate today, RiskReviewService reviews, Runnable after) {
        Dialog dialog = dialog("Review " + risk.reference());
        DatePicker on = new BritishDatePicker("Review date");
        on.setValue(today);
        IntegerField likelihood = RiskForm.score("New residual likelihood");
        likelihood.setValue(risk.residual().likelihood());
        IntegerField impact = RiskForm.score("New residual impact");
        impact.setValue(risk.residual().impact());
        TextArea commentary = RiskForm.area("Commentary", ReviewDraft.COMMENTARY_LENGTH);
        TextArea note = RiskForm.area("Why the residual score is above the inherent one (if it is)", 1000);
        DatePicker next = new BritishDatePicker("Next review");
        next.setHelperText("Leave empty for the band's interval.");
        Forms.required(on, likelihood, impact, commentary);
        FormLayout form = new FormLayout(on, next, likelihood, impact, commentary, note);
        form.setColspan(commentary, 2);
        form.setColspan(note, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("reviewedOn", on, "residualLikelihood", likelihood,
                "residualImpact", impact, "commentary", commentary, "residualNote", note, "nextReviewOn", next);
        footer(dialog, "Save review", fields, after, () -> reviews.review(risk.id(), risk.version(),
                new ReviewDraft(on.getValue(), likelihood.getValue(), impact.getValue(), note.getValue(),
                        commentary.getValue(), next.getValue())), () -> "Review saved.");
        return dialog;
    }

    static Dialog move(RiskDetails risk, boolean up, RiskReviewService reviews, Runnable after) {
        Dialog dialog = dialog((up ? "Escalate " : "De-escalate ") + risk.reference());
        ComboBox<Level> to = new ComboBox<>("To");
        to.setItems(Arrays.stream(Level.values()).filter(level -> up ? level.compareTo(risk.level()) > 0
                : level.compareTo(risk.level()) < 0).toList());
        to.setItemLabelGenerator(Level::label);
        TextArea reason = RiskForm.area("Why", 1000);
        Forms.required(to, reason);
        dialog.add(new Paragraph("Now at " + risk.level().label().toLowerCase() + " level."),
                new FormLayout(to, reason));
        footer(dialog, up ? "Escalate" : "De-escalate", Map.of("level", to, "reason", reason), after, () -> {
            if (up) {
                reviews.escalate(risk.id(), risk.version(), to.getValue(), reason.getValue());
            } else {
                reviews.deEscalate(risk.id(), risk.version(), to.getValue(), reason.getValue());
            }
        }, () -> up ? "Escalated." : "De-escalated.");
        return dialog;
    }

    static Dialog tolerate(RiskDetails risk, RiskReviewService reviews, Runnable after) {
        Dialog dialog = dialog("Accept (tolerate) " + risk.reference());
        TextArea reason = RiskForm.area("Why the board accepts it", 1000);
        DatePicker until = new BritishDatePicker("Accepted until");
        Forms.required(reason, until);
        dialog.add(new Paragraph("The acceptance is at the residual score " + risk.residual().score() + " ("
                + risk.residualBand() + "). It lapses if the score rises or the date passes, and the risk goes back "
                + "to the board."), new FormLayout(reason, until));
        footer(dialog, "Accept", Map.of("toleranceReason", reason, "expiresOn", until), after,
                () -> reviews.tolerate(risk.id(), risk.version(), reason.getValue(), until.getValue()),
                () -> "Accepted until " + Dates.format(until.getValue()) + ".");
        return dialog;
    }

    static Dialog close(RiskDetails risk, RiskService service, Runnable after) {
        Dialog dialog = dialog("Close " + risk.reference());
        TextArea reason = RiskForm.area("Why the risk is closed", 1000);
        Forms.required(reason);
        dialog.add(new FormLayout(reason));
        footer(dialog, "Close the risk", Map.of("closedReason", reason), after,
                () -> service.close(risk.id(), risk.version(), reason.getValue()), () -> "Risk closed.");
        return dialog;
    }

    private static Dialog dialog(String title) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
        return dialog;
    }

    private static void footer(Dialog dialog, String label, Map<String, HasValidation> fields, Runnable after,
            Runnable step, Supplier<String> done) {
        Button go = new Button(label, event -> {
            SaveAttempt attempt = new SaveAttempt().onConflict(() -> {
                dialog.close();
                after.run();
            });
            fields.forEach(attempt::at);
            if (attempt.run(step)) {
                Notifications.success(done.get());
                dialog.close();
                after.run();
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), go);
    }
}
