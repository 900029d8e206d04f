package org.tandem.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.Notifications;

/**
 * A dialog that saves through a service call and shows what the service refused: a broken rule at its field, a
 * clash or a refusal as a message. The co-production dialogs share it.
 */
class RecordDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    RecordDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(48rem, 95vw)");
    }

    /** Names the field that a {@link ValidationProblem} for {@code name} belongs to. */
    <T extends HasValidation> T field(String name, T field) {
        fields.put(name, field);
        return field;
    }

    void saveWith(String buttonText, Runnable save, String done, Runnable afterSave) {
        Button button = new Button(buttonText, event -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                save.run();
                Notifications.success(done);
                close();
                afterSave.run();
            } catch (ValidationProblem problem) {
                HasValidation field = fields.get(problem.field());
                if (field == null) {
                    Notifications.error(problem.getMessage());
                } else {
                    field.setErrorMessage(problem.getMessage());
                    field.setInvalid(true);
                }
            } catch (ConcurrentEditException | AccessDeniedException e) {
                Notifications.error(e.getMessage());
                close();
                afterSave.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), button);
    }
}
