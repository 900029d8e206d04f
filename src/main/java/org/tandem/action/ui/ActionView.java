package org.tandem.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.tandem.shared.ui.BritishDatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.tandem.action.ActionDetails;
import org.tandem.action.ActionItem;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionService;
import org.tandem.action.CoProductionPartner;
import org.tandem.action.UpdateDraft;
import org.tandem.action.UpdateInfo;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.RagBadge;
import org.tandem.shared.ui.TextLimits;
import org.tandem.shared.ui.SaveAttempt;

/** One action: its details, its updates newest first, its history, and the forms for those allowed. */
@Route("actions/:id")
@PageTitle("Action | Tandem")
@PermitAll
public class ActionView extends Main implements BeforeEnterObserver {

    private final ActionPlanService plan;
    private final ActionService actions;
    private final ActionEditing editing;
    private final TandemProperties properties;
    private long actionId;

    public ActionView(ActionPlanService plan, ActionService actions, ActionEditing editing,
            TandemProperties properties) {
        this.plan = plan;
        this.actions = actions;
        this.editing = editing;
        this.properties = properties;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            actionId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | ValidationProblem e) {
            event.forwardTo(ActionPlanView.class);
        }
    }

    void show() {
        removeAll();
        ActionDetails action = plan.details(actionId);
        add(new RouterLink("← Action plan", ActionPlanView.class));
        add(new H1(action.reference() + " " + action.title()));
        Div standing = new Div(new RagBadge(action.rag()), new Span(" " + action.status().label() + ", "
                + action.percentComplete() + "% complete" + (action.overdue() ? ", overdue" : "")));
        standing.addClassName("rag-line");
        add(standing);
        if (!action.description().isBlank()) {
            add(new Paragraph(action.description()));
        }
        add(details(action), buttons(action));
        if (action.mayUpdate()) {
            add(updateSection(action));
        }
        add(updatesSection());
        // The full history can be long, so it is read when asked for rather than with every page view.
        Button showHistory = new Button("Show the history of changes");
        showHistory.addClickListener(event -> {
            HistoryPanel history = new HistoryPanel(properties.timeZone());
            history.setEntries(plan.history(actionId));
            addComponentAtIndex(indexOf(showHistory), history);
            remove(showHistory);
        });
        add(showHistory);
    }

    private DescriptionList details(ActionDetails action) {
        DescriptionList list = new DescriptionList();
        list.addClassName("details");
        term(list, "Priority", new RouterLink(action.priority(), PriorityView.class,
                new RouteParameters("id", String.valueOf(action.priorityId()))));
        term(list, "Workstream", new Span(orNone(action.workstream())));
        term(list, "Owner", new Span(orNone(action.owner())));
        term(list, "Partners", new Span(action.partners().isEmpty() ? "None named" : String.join(", ",
                action.partners())));
        term(list, "Start", new Span(orNone(Dates.format(action.startDate()))));
        term(list, "Due", new Span(orNone(Dates.format(action.dueDate())) + (action.overdue() ? " (overdue)" : "")));
        if (action.completedOn() != null) {
            term(list, "Completed on", new Span(Dates.format(action.completedOn())));
        }
        if (action.cancelReason() != null) {
            term(list, "Cancelled because", new Span(action.cancelReason()));
        }
        term(list, "Co-produced with", new Span(action.coProducedWith().isEmpty() ? "Not recorded"
                : action.coProducedWith().stream().map(CoProductionPartner::label).collect(Collectors.joining(", "))
                        + (action.signedOffBy() == null ? " (not yet signed off)"
                                : ", signed off by " + action.signedOffBy() + " on "
                                        + Dates.format(action.signedOffAt(), properties.timeZone()))));
        return list;
    }

    private static void term(DescriptionList list, String term, Component description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private HorizontalLayout buttons(ActionDetails action) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (action.mayEdit()) {
            buttons.add(new Button("Edit action", event -> editing.edit(actionId, this::show)));
        }
        if (action.mayUpdate()) {
            buttons.add(new Button("Mark complete", event -> complete(action)));
        }
        if (action.mayEdit() && action.status().isOpen()) {
            Button cancel = new Button("Cancel action", event -> cancel(action));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(cancel);
        }
        if (action.maySignOff()) {
            buttons.add(new Button("Sign off co-production", event -> run(() -> actions.signOffCoProduction(
                    actionId, action.version()), "Co-production signed off.")));
        }
        return buttons;
    }

    private Section updateSection(ActionDetails action) {
        Section section = new Section(new H2("This half-term's update"));
        section.addClassName("card");
        plan.updateWindow().ifPresentOrElse(window -> {
            UpdateInfo mine = plan.updates(actionId).stream()
                    .filter(update -> update.halfTermId() == window.halfTerm().id()).findFirst().orElse(null);
            section.add(new Paragraph(window.halfTerm().label() + ": please update by "
                    + Dates.format(window.deadline()) + "."));
            if (mine != null && !mine.editable()) {
                section.add(new Paragraph(mine.authorName() + " has given this half-term's update."));
                return;
            }
            UpdateForm form = new UpdateForm();
            UpdateDraft draft = mine == null
                    ? UpdateDraft.of(action.status().isOpen() && action.status() != null ? action.status()
                            : org.tandem.action.ActionStatus.ON_TRACK, action.percentComplete(), "")
                    : UpdateDraft.of(mine.status(), mine.percentComplete(), mine.narrative());
            if (mine != null) {
                draft.setVersion(mine.version());
            }
            form.edit(draft);
            Button save = new Button(mine == null ? "Save update" : "Save changes", event -> {
                if (form.writeTo() && form.saving().onConflict(this::show)
                        .run(() -> actions.postUpdate(actionId, action.version(), form.draft()))) {
                    Notifications.success("Saved the " + window.halfTerm().label() + " update.");
                    show();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(form, save);
        }, () -> section.add(new Paragraph(plan.noUpdateReason())));
        return section;
    }

    private Section updatesSection() {
        Section section = new Section(new H2("Updates, newest first"));
        var updates = plan.updates(actionId);
        if (updates.isEmpty()) {
            section.add(new Paragraph("No updates yet."));
        }
        for (UpdateInfo update : updates) {
            Div item = new Div(new Paragraph(update.halfTerm() + ": " + update.status().label() + ", "
                    + update.percentComplete() + "%. By " + update.authorName() + ", "
                    + Dates.format(update.updatedAt(), properties.timeZone()) + "."), new Paragraph(update.narrative()));
            item.addClassNames("card", "update");
            section.add(item);
        }
        return section;
    }

    private void complete(ActionDetails action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark " + action.reference() + " complete");
        DatePicker on = new BritishDatePicker("Completed on", plan.today());
        TextArea finalUpdate = new TextArea("Final update: what was done and what difference it made");
        TextLimits.limit(finalUpdate, org.tandem.action.ProgressUpdate.NARRATIVE_LENGTH);
        finalUpdate.setWidthFull();
        dialog.add(on, finalUpdate);
        Button save = new Button("Mark complete", event -> {
            if (new SaveAttempt().at("completedOn", on).otherwise(finalUpdate).onConflict(closing(dialog))
                    .run(() -> actions.complete(actionId, action.version(), on.getValue(), finalUpdate.getValue()))) {
                Notifications.success(action.reference() + " is complete.");
                dialog.close();
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Back", event -> dialog.close()), save);
        dialog.open();
    }

    private void cancel(ActionDetails action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Cancel " + action.reference());
        TextArea reason = new TextArea("Why is it cancelled?");
        TextLimits.limit(reason, ActionItem.REASON_LENGTH);
        reason.setWidthFull();
        dialog.add(reason);
        Button save = new Button("Cancel the action", event -> {
            if (new SaveAttempt().otherwise(reason).onConflict(closing(dialog))
                    .run(() -> actions.cancel(actionId, action.version(), reason.getValue()))) {
                Notifications.success(action.reference() + " is cancelled.");
                dialog.close();
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Back", event -> dialog.close()), save);
        dialog.open();
    }

    private void run(Runnable work, String done) {
        if (new SaveAttempt().onConflict(this::show).run(work)) {
            Notifications.success(done);
            show();
        }
    }

    /** After a conflict the dialog's version is stale: close it and show the action as it now is. */
    private Runnable closing(Dialog dialog) {
        return () -> {
            dialog.close();
            show();
        };
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "Not set" : value;
    }
}
