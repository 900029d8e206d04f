package org.tandem.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionDraft;
import org.tandem.action.ActionService;
import org.tandem.action.WorkstreamService;
import org.tandem.people.OrganisationService;
import org.tandem.people.UserService;
import org.tandem.shared.ui.ConflictNotice;
import org.tandem.shared.ui.Notifications;
import org.tandem.strategy.StrategyService;

/** Opens the action form in a dialog, to add an action or change one, and tells the user what happened. */
@Component
@Scope("prototype")
class ActionEditing {

    private final ActionService actions;
    private final StrategyService strategy;
    private final WorkstreamService workstreams;
    private final UserService users;
    private final OrganisationService organisations;

    ActionEditing(ActionService actions, StrategyService strategy, WorkstreamService workstreams, UserService users,
            OrganisationService organisations) {
        this.actions = actions;
        this.strategy = strategy;
        this.workstreams = workstreams;
        this.users = users;
        this.organisations = organisations;
    }

    Dialog create(Runnable afterSave) {
        return open(new ActionDraft(), afterSave);
    }

    Dialog edit(long actionId, Runnable afterSave) {
        return open(actions.edit(actionId), afterSave);
    }

    private static java.util.Map<String, String> differences(ActionDraft mine, ActionDraft theirs) {
        java.util.Map<String, String> differences = new java.util.LinkedHashMap<>();
        compare(differences, "Reference", mine.getReference(), theirs.getReference());
        compare(differences, "We will ...", mine.getTitle(), theirs.getTitle());
        compare(differences, "Description", mine.getDescription(), theirs.getDescription());
        compare(differences, "Start", String.valueOf(mine.getStartDate()), String.valueOf(theirs.getStartDate()));
        compare(differences, "Due", String.valueOf(mine.getDueDate()), String.valueOf(theirs.getDueDate()));
        if (!java.util.Objects.equals(mine.getOwnerId(), theirs.getOwnerId())
                || !java.util.Objects.equals(mine.getWorkstreamId(), theirs.getWorkstreamId())
                || !java.util.Objects.equals(mine.getPriorityId(), theirs.getPriorityId())) {
            differences.put("Priority, workstream or owner", "changed (open the action again to see it)");
        }
        return differences;
    }

    private static void compare(java.util.Map<String, String> into, String field, String mine, String theirs) {
        if (!java.util.Objects.equals(mine, theirs)) {
            into.put(field, theirs);
        }
    }

    private Dialog open(ActionDraft draft, Runnable afterSave) {
        boolean creating = draft.getId() == null;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(creating ? "Add an action" : "Edit action " + draft.getReference());
        dialog.setWidth("min(56rem, 95vw)");
        ActionForm form = new ActionForm(strategy.priorities(), workstreams.list(), users.everyone(),
                organisations.list());
        form.edit(draft);
        ConflictNotice conflict = new ConflictNotice();
        dialog.add(conflict, form);
        Button save = new Button("Save", event -> {
            if (!form.writeTo()) {
                return;
            }
            boolean saved = form.saving().onConflictKeepingEdits(() -> {
                ActionDraft theirs = actions.edit(form.draft().getId());
                conflict.show("this action", differences(form.draft(), theirs));
                form.draft().rebaseOn(theirs);
            }).run(() -> {
                if (creating) {
                    actions.create(form.draft());
                } else {
                    actions.update(form.draft());
                }
            });
            if (saved) {
                Notifications.success(creating ? "Added the action."
                        : "Saved action " + form.draft().getReference() + ".");
                dialog.close();
                afterSave.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
