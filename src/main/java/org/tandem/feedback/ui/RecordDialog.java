package org.tandem.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/**
 * A dialog that saves through a service call and shows what the service refused the one way every form does
 * ({@link SaveAttempt}); after a clash it closes and the page shows the record as it now is. The co-production
 * dialogs share it.
 */
class RecordDialog extends Dialog {

    private final SaveAttempt attempt = new SaveAttempt();

    RecordDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(48rem, 95vw)");
    }

    /** Names the field that a {@link ValidationProblem} for {@code name} belongs to. */
    <T extends HasValidation> T field(String name, T field) {
        attempt.at(name, field);
        return field;
    }

    void saveWith(String buttonText, Runnable save, String done, Runnable afterSave) {
        attempt.onConflict(() -> {
            close();
            afterSave.run();
        });
        Button button = new Button(buttonText, event -> {
            if (attempt.run(save)) {
                Notifications.success(done);
                close();
                afterSave.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), button);
    }
}
