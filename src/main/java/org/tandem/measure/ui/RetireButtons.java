package org.tandem.measure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.tandem.measure.MeasureDetails;
import org.tandem.measure.MeasureRetirement;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/**
 * The admin's buttons to retire, restore or delete a measure. Deleting asks first, in a dialog that says what is
 * lost; retiring loses nothing and is undone by restoring, so it does not ask.
 */
final class RetireButtons {

    private RetireButtons() {
    }

    static List<Component> of(MeasureDetails details, MeasureRetirement retirement, Runnable reload,
            Runnable afterDelete) {
        List<Component> buttons = new ArrayList<>();
        if (!details.mayRetire()) {
            return buttons;
        }
        long id = details.summary().id();
        String name = details.summary().name();
        if (details.retiredOn() == null) {
            buttons.add(new Button("Retire", e -> {
                if (new SaveAttempt().onConflict(reload).run(() -> retirement.retire(id, details.version()))) {
                    Notifications.success("Retired “" + name + "”. Its values and history are kept; an admin can "
                            + "restore it from the retired measures.");
                    reload.run();
                }
            }));
        } else {
            buttons.add(new Button("Restore", e -> {
                if (new SaveAttempt().onConflict(reload).run(() -> retirement.restore(id, details.version()))) {
                    Notifications.success("Restored “" + name + "”.");
                    reload.run();
                }
            }));
        }
        if (details.mayDelete()) {
            buttons.add(new Button("Delete", e -> confirmDelete(details, retirement, reload, afterDelete)));
        }
        return buttons;
    }

    static Dialog confirmDelete(MeasureDetails details, MeasureRetirement retirement, Runnable reload,
            Runnable afterDelete) {
        String name = details.summary().name();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete “" + name + "”?");
        dialog.add(new Paragraph("It has no values, so nothing entered is lost; its definition, targets and any "
                + "benchmarks go. This cannot be undone. To keep it out of view but keep it, retire it instead."));
        Button delete = new Button("Delete", e -> {
            if (new SaveAttempt().onConflict(reload).run(() -> retirement.delete(details.summary().id(),
                    details.version()))) {
                dialog.close();
                Notifications.success("Deleted “" + name + "”.");
                afterDelete.run();
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), delete);
        dialog.open();
        return dialog;
    }
}
