package org.tandem.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.LongConsumer;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackLists;
import org.tandem.feedback.FeedbackService;
import org.tandem.shared.ui.Notifications;
import org.tandem.strategy.StrategyService;

/** The dialogs that log new feedback and edit what was said, shared by the inbox and the item page. */
@Component
@Scope("prototype")
class FeedbackEditing {

    private final FeedbackService service;
    private final FeedbackLists lists;
    private final StrategyService strategy;

    FeedbackEditing(FeedbackService service, FeedbackLists lists, StrategyService strategy) {
        this.service = service;
        this.lists = lists;
        this.strategy = strategy;
    }

    void log(LongConsumer afterSave) {
        open("Log feedback", new FeedbackDraft(), "Save feedback", afterSave);
    }

    void edit(long id, LongConsumer afterSave) {
        open("Edit what was said", service.edit(id), "Save changes", afterSave);
    }

    private void open(String title, FeedbackDraft draft, String saveText, LongConsumer afterSave) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        FeedbackForm form = new FeedbackForm(strategy.priorities(), lists.channels(), lists.themes());
        form.edit(draft);
        dialog.add(form);
        Button save = new Button(saveText, event -> {
            if (!form.writeTo()) {
                return;
            }
            Long editing = form.draft().getId();
            form.saving().onConflict(() -> {
                dialog.close();
                if (editing != null) {
                    afterSave.accept(editing);
                    edit(editing, afterSave);
                }
            }).call(() -> {
                if (editing == null) {
                    return service.log(form.draft());
                }
                service.update(form.draft());
                return editing;
            }).ifPresent(id -> {
                Notifications.success(editing == null ? "Feedback logged." : "Changes saved.");
                dialog.close();
                afterSave.accept(id);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }
}
