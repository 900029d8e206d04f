package org.tandem.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.tandem.shared.ui.BritishDatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tandem.people.OrganisationService;
import org.tandem.people.UserService;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.strategy.PriorityDraft;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.Strategy;
import org.tandem.strategy.StrategyDraft;
import org.tandem.strategy.StrategyInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.strategy.StrategyStatus;
import org.tandem.shared.ui.TextLimits;

/** The strategy: vision, principles and priorities for everyone; admins shape and approve it. */
@Route("strategy")
@PageTitle("Strategy | Tandem")
@Menu(order = 5, icon = "vaadin:book", title = "Strategy")
@PermitAll
public class StrategyView extends Main {

    private final StrategyService strategies;
    private final UserService users;
    private final OrganisationService organisations;
    private final TandemProperties properties;
    private final boolean admin;
    private final Div content = new Div();

    public StrategyView(StrategyService strategies, UserService users, OrganisationService organisations,
            TandemProperties properties) {
        this.strategies = strategies;
        this.users = users;
        this.organisations = organisations;
        this.properties = properties;
        this.admin = strategies.mayEdit();
        addClassName("page");
        add(new H1("Strategy"), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        strategies.current().ifPresentOrElse(this::show, () -> {
            content.add(new Paragraph("No strategy has been set up yet."));
            if (admin) {
                content.add(new Button("Set up the strategy", event -> editStrategy(new StrategyDraft(), true)));
            }
        });
        var others = strategies.strategies().stream().filter(s -> !s.current()).toList();
        if (!others.isEmpty() || admin) {
            Section section = new Section(new H2("Other strategies"));
            section.add(new Paragraph("Only the current strategy can change; the others are kept as they were."));
            OrderedList list = new OrderedList();
            for (StrategyInfo other : others) {
                ListItem item = new ListItem(other.name() + " (" + other.period() + ", "
                        + other.status().label().toLowerCase() + ") ");
                if (admin) {
                    item.add(new Button("Make " + other.name() + " current", event -> {
                        strategies.makeCurrent(other.id());
                        Notifications.success(other.name() + " is now the current strategy.");
                        refresh();
                    }));
                }
                list.add(item);
            }
            section.add(list);
            if (admin && strategies.current().isPresent()) {
                section.add(new Button("Start the next strategy", event -> editStrategy(new StrategyDraft(), true)));
            }
            content.add(section);
        }
    }

    private void show(StrategyInfo strategy) {
        Section summary = new Section(new H2(strategy.name()));
        summary.addClassName("card");
        summary.add(new Paragraph("Covers " + Dates.format(strategy.periodFrom()) + " to "
                + Dates.format(strategy.periodTo()) + ". " + (strategy.status() == StrategyStatus.APPROVED
                ? "Approved by " + strategy.approvedBy() + " on " + Dates.format(strategy.approvedOn()) + "."
                : "Draft: not yet approved.")));
        summary.add(new H3("Vision"), text(strategy.vision()), new H3("Principles"), text(strategy.principles()));
        if (admin) {
            HorizontalLayout buttons = new HorizontalLayout(
                    new Button("Edit strategy", event -> editStrategy(strategies.editStrategy(strategy.id()), false)),
                    new Button("Record approval", event -> approve(strategy)),
                    new Button("Add priority", event -> editPriority(new PriorityDraft(), true)),
                    new Button("History", event -> history(strategy)));
            buttons.setWrap(true);
            summary.add(buttons);
        }
        content.add(summary);
        Section priorities = new Section(new H2("Priorities"));
        for (PriorityInfo priority : strategies.priorities(strategy.id())) {
            // The title links to the priority's page (and gives keyboard users something to reach on this page).
            Anchor title = new Anchor("priorities/" + priority.id(), priority.label());
            title.getElement().setAttribute("router-link", true);
            Div card = new Div(new H3(title), text(priority.description()));
            card.addClassName("card");
            OrderedList outcomes = new OrderedList();
            priority.outcomes().forEach(outcome -> outcomes.add(new ListItem(outcome)));
            card.add(outcomes);
            if (admin) {
                card.add(new Button("Edit priority " + priority.number(),
                        event -> editPriority(strategies.editPriority(priority.id()), false)));
            }
            priorities.add(card);
        }
        content.add(priorities);
    }

    private static Component text(String value) {
        Paragraph paragraph = new Paragraph(value.isBlank() ? "Not written yet." : value);
        paragraph.addClassName("prose");
        return paragraph;
    }

    void editStrategy(StrategyDraft draft, boolean creating) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(creating ? "Set up the strategy" : "Edit the strategy");
        dialog.setWidth("min(48rem, 95vw)");
        TextField name = new TextField("Name");
        TextLimits.limit(name, Strategy.NAME_LENGTH);
        name.setValue(draft.getName());
        DatePicker from = new BritishDatePicker("From", draft.getPeriodFrom());
        DatePicker to = new BritishDatePicker("To", draft.getPeriodTo());
        TextArea vision = new TextArea("Vision");
        TextLimits.limit(vision, Strategy.TEXT_LENGTH);
        vision.setValue(draft.getVision());
        TextArea principles = new TextArea("Principles");
        TextLimits.limit(principles, Strategy.TEXT_LENGTH);
        principles.setValue(draft.getPrinciples());
        FormLayout form = new FormLayout(name, from, to, vision, principles);
        form.setColspan(name, 2);
        form.setColspan(vision, 2);
        form.setColspan(principles, 2);
        dialog.add(form);
        Button save = new Button("Save", event -> {
            draft.setName(name.getValue());
            draft.setPeriodFrom(from.getValue());
            draft.setPeriodTo(to.getValue());
            draft.setVision(vision.getValue());
            draft.setPrinciples(principles.getValue());
            boolean saved = new SaveAttempt().at("name", name).at("periodFrom", from).at("periodTo", to)
                    .at("vision", vision).at("principles", principles)
                    .onConflict(reopening(dialog, () -> {
                        if (draft.getId() != null) {
                            editStrategy(strategies.editStrategy(draft.getId()), false);
                        }
                    }))
                    .run(() -> {
                        if (creating) {
                            strategies.createStrategy(draft);
                        } else {
                            strategies.updateStrategy(draft);
                        }
                    });
            if (saved) {
                Notifications.success("Saved the strategy.");
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }

    private void approve(StrategyInfo strategy) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record the strategy's approval");
        DatePicker on = new BritishDatePicker("Approved on", strategies.current().map(StrategyInfo::approvedOn)
                .orElse(null));
        TextField body = new TextField("Approved by (body or meeting)");
        TextLimits.limit(body, Strategy.BODY_LENGTH);
        body.setWidthFull();
        dialog.add(new FormLayout(on, body));
        Button save = new Button("Save", event -> {
            if (on.getValue() == null) {
                on.setErrorMessage("Enter the date of approval");
                on.setInvalid(true);
                on.focus();
                return;
            }
            if (new SaveAttempt().at("approvedOn", on).otherwise(body)
                    .onConflict(reopening(dialog, () -> strategies.current().ifPresent(this::approve)))
                    .run(() -> strategies.approve(strategy.id(), strategy.version(), on.getValue(), body.getValue()))) {
                Notifications.success("Recorded the approval.");
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }

    void editPriority(PriorityDraft draft, boolean adding) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(adding ? "Add a priority" : "Edit priority " + draft.getNumber());
        dialog.setWidth("min(52rem, 95vw)");
        PriorityForm form = new PriorityForm(strategies.candidateSponsors(), organisations.list());
        if (adding) {
            draft.setNumber(strategies.priorities().size() + 1);
        }
        form.edit(draft);
        dialog.add(form);
        Button save = new Button("Save", event -> {
            if (!form.writeTo()) {
                return;
            }
            boolean saved = form.saving()
                    .onConflict(reopening(dialog, () -> {
                        if (draft.getId() != null) {
                            editPriority(strategies.editPriority(draft.getId()), false);
                        }
                    }))
                    .run(() -> {
                        if (adding) {
                            strategies.addPriority(form.draft());
                        } else {
                            strategies.updatePriority(form.draft());
                        }
                    });
            if (saved) {
                Notifications.success("Saved priority " + form.draft().getNumber() + ".");
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        if (!adding && draft.getId() != null) {
            HistoryPanel history = new HistoryPanel(properties.timeZone());
            history.setEntries(strategies.priorityHistory(draft.getId()));
            dialog.add(history);
        }
        dialog.open();
    }

    /** After a conflict the dialog's version is stale: the page and the dialog again, as now saved. */
    private Runnable reopening(Dialog dialog, Runnable open) {
        return () -> {
            dialog.close();
            refresh();
            open.run();
        };
    }

    private void history(StrategyInfo strategy) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("History of the strategy");
        dialog.setWidth("min(60rem, 95vw)");
        HistoryPanel history = new HistoryPanel(properties.timeZone());
        history.setEntries(strategies.strategyHistory(strategy.id()));
        dialog.add(history);
        dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        dialog.open();
    }
}
