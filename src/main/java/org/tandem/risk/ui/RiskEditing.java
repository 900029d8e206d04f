package org.tandem.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.springframework.context.annotation.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.WorkstreamService;
import org.tandem.people.OrganisationService;
import org.tandem.people.UserService;
import org.tandem.risk.RiskDraft;
import org.tandem.risk.RiskLists;
import org.tandem.risk.RiskService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.ConflictNotice;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.Notifications;
import org.tandem.strategy.StrategyService;

/** Opens the risk form in a dialog, to raise a risk or change one, and tells the user what happened. */
@Component
@Scope("prototype")
class RiskEditing {

    private final RiskService risks;
    private final RiskLists lists;
    private final UserService users;
    private final WorkstreamService workstreams;
    private final OrganisationService organisations;
    private final StrategyService strategy;
    private final ActionPlanService plan;

    RiskEditing(RiskService risks, RiskLists lists, UserService users, WorkstreamService workstreams,
            OrganisationService organisations, StrategyService strategy, ActionPlanService plan) {
        this.risks = risks;
        this.lists = lists;
        this.users = users;
        this.workstreams = workstreams;
        this.organisations = organisations;
        this.strategy = strategy;
        this.plan = plan;
    }

    Dialog raise(LongConsumer afterSave) {
        return open(risks.draft(), afterSave);
    }

    Dialog edit(long riskId, LongConsumer afterSave) {
        return open(risks.edit(riskId), afterSave);
    }

    private Dialog open(RiskDraft draft, LongConsumer afterSave) {
        boolean creating = draft.getId() == null;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(creating ? "Raise a risk" : "Edit risk " + draft.getReference());
        dialog.setWidth("min(60rem, 95vw)");
        RiskForm form = new RiskForm(new RiskForm.Choices(lists.categories(), users.everyone(), workstreams.list(),
                organisations.list(), strategy.priorities(), plan.export(ActionFilter.none())), creating);
        form.edit(draft);
        ConflictNotice conflict = new ConflictNotice();
        dialog.add(conflict, form);
        Button save = new Button(creating ? "Raise" : "Save", event -> {
            if (!form.writeTo()) {
                return;
            }
            try {
                long id;
                if (creating) {
                    id = risks.raise(form.draft());
                    Notifications.success("Raised risk " + form.draft().getReference() + ".");
                } else {
                    risks.update(form.draft());
                    id = form.draft().getId();
                    Notifications.success("Saved risk " + form.draft().getReference() + ".");
                }
                dialog.close();
                afterSave.accept(id);
            } catch (ValidationProblem problem) {
                if (!form.show(problem)) {
                    Notifications.error(problem.getMessage());
                }
            } catch (ConcurrentEditException e) {
                RiskDraft saved = risks.edit(form.draft().getId());
                conflict.show("this risk", differences(form.draft(), saved));
                form.draft().rebaseOn(saved);
            } catch (AccessDeniedException e) {
                Notifications.error(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    private static Map<String, String> differences(RiskDraft mine, RiskDraft theirs) {
        Map<String, String> differences = new LinkedHashMap<>();
        compare(differences, "Title", mine.getTitle(), theirs.getTitle());
        compare(differences, "Event", mine.getEvent(), theirs.getEvent());
        compare(differences, "Controls in place", mine.getControls(), theirs.getControls());
        compare(differences, "Residual score", mine.getResidualLikelihood() + " × " + mine.getResidualImpact(),
                theirs.getResidualLikelihood() + " × " + theirs.getResidualImpact());
        compare(differences, "Next review", Dates.format(mine.getNextReviewOn()),
                Dates.format(theirs.getNextReviewOn()));
        return differences;
    }

    private static void compare(Map<String, String> into, String field, String mine, String theirs) {
        if (!Objects.equals(mine, theirs)) {
            into.put(field, theirs);
        }
    }
}
