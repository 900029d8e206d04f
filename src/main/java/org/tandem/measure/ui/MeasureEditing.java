package org.tandem.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.LongConsumer;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.tandem.measure.MeasureDraft;
import org.tandem.measure.MeasureService;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.strategy.StrategyService;

/** Opens the measure form in a dialog, to define a measure or change one, and tells the user what happened. */
@Component
@Scope("prototype")
class MeasureEditing {

    private final MeasureService measures;
    private final StrategyService strategy;

    MeasureEditing(MeasureService measures, StrategyService strategy) {
        this.measures = measures;
        this.strategy = strategy;
    }

    Dialog create(LongConsumer afterSave) {
        return open(measures.draft(), afterSave);
    }

    Dialog edit(long id, LongConsumer afterSave) {
        return open(measures.edit(id), afterSave);
    }

    private Dialog open(MeasureDraft draft, LongConsumer afterSave) {
        boolean creating = draft.getId() == null;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(creating ? "New measure" : "Edit " + draft.getName());
        dialog.setWidth("min(60rem, 95vw)");
        MeasureForm form = new MeasureForm(measures.candidateOwners(), strategy.priorities());
        form.edit(draft);
        dialog.add(form);
        Button save = new Button(creating ? "Add measure" : "Save", event -> {
            if (!form.writeTo()) {
                return;
            }
            SaveAttempt attempt = new SaveAttempt().onConflict(() -> {
                dialog.close();
                if (!creating) {
                    afterSave.accept(form.draft().getId());
                }
            });
            form.fields().forEach(attempt::at);
            attempt.call(() -> {
                if (creating) {
                    return measures.define(form.draft());
                }
                measures.update(form.draft());
                return form.draft().getId();
            }).ifPresent(id -> {
                Notifications.success((creating ? "Added " : "Saved ") + form.draft().getName() + ".");
                dialog.close();
                afterSave.accept(id);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
