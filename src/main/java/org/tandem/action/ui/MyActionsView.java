package org.tandem.action.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.action.ActionService;
import org.tandem.action.ActionStatus;
import org.tandem.action.UpdateDraft;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.RagBadge;
import org.tandem.shared.ui.StaticHtml;
import org.tandem.people.Roles;

/**
 * A workstream lead's own actions: those needing this half-term's update as cards, ten at a time, each with its
 * update form opened in place when asked for; the rest in the action plan's table below.
 */
@Route("my-actions")
@PageTitle("My actions | Tandem")
@Menu(order = 15, icon = "vaadin:check-square-o", title = "My actions")
@RolesAllowed({Roles.WORKSTREAM_LEAD, Roles.ADMIN})
public class MyActionsView extends Main {

    /** Cards shown at once; "Show more" adds as many again. */
    static final int CARDS_AT_ONCE = 10;

    private final ActionPlanService plan;
    private final ActionService actions;
    private final Div list = new Div();
    /** Each card's words, by action: focus goes to the link in its heading. */
    private final Map<Long, StaticHtml> headings = new LinkedHashMap<>();
    /** Updated from this page during this visit: their cards stay, so the person sees what they have done. */
    private final Set<Long> givenHere = new HashSet<>();
    final Paragraph summary = new Paragraph();
    final Button showMore = new Button();
    final H2 othersHeading = new H2("Your other actions");
    final Grid<ActionRow> others = ActionColumns.grid();
    private int othersCount;
    private @Nullable List<ActionRow> justRead;
    private int shown = CARDS_AT_ONCE;

    public MyActionsView(ActionPlanService plan, ActionService actions) {
        this.plan = plan;
        this.actions = actions;
        addClassName("page");
        summary.setId("my-actions-summary");
        showMore.addClickListener(event -> {
            int firstNew = shown;
            shown += CARDS_AT_ONCE;
            refresh();
            focusCard(firstNew);
        });
        // The actions not waiting for an update, in the action plan's lazy table: a lead with ninety actions
        // does not carry ninety cards (about 5 KB of server state each) in every open tab.
        others.setAriaLabel("Your other actions");
        // None of these waits for an update (those are the cards), so the plan's "Update" column would say only
        // what Status says; each column costs every open tab a few KB of listeners.
        others.removeColumnByKey("update");
        others.setEmptyStateText("None.");
        others.setAllRowsVisible(false);
        others.setHeight("28rem");
        others.setPageSize(15);
        // The rows read by the last refresh serve the table's first page in the same round trip and are then let
        // go; a later page (scrolling) reads them again rather than every open tab holding them all.
        others.setItems(query -> {
            List<ActionRow> rows = justRead != null ? justRead : plan.mine().stream().filter(this::isOther).toList();
            justRead = null;
            return rows.stream().skip(query.getOffset()).limit(query.getLimit());
        }, query -> othersCount);
        add(new H1("My actions"), summary, list, showMore, othersHeading, others);
        refresh();
    }

    void refresh() {
        list.removeAll();
        headings.clear();
        List<ActionRow> mine = plan.mine();
        long due = mine.stream().filter(ActionRow::updateDue).count();
        var updates = plan.updateWindow();
        String window = updates.map(w -> " Updates for " + w.halfTerm().label() + " are due by "
                + Dates.format(w.deadline()) + ".").orElseGet(() -> " " + plan.noUpdateReason());
        summary.setText(mine.isEmpty() ? "You own no actions and lead no workstream with actions."
                : mine.size() + " actions; " + due + (due == 1 ? " needs" : " need") + " an update." + window);
        String halfTerm = updates.map(w -> w.halfTerm().label()).orElse("this half-term's");
        List<ActionRow> waiting = mine.stream().filter(ActionRow::updateDue).toList();
        waiting.stream().limit(shown).forEach(row -> list.add(card(row, halfTerm)));
        mine.stream().filter(row -> !row.updateDue() && givenHere.contains(row.id()))
                .forEach(row -> list.add(card(row, halfTerm)));
        int hidden = Math.max(0, waiting.size() - shown);
        showMore.setText("Show " + Math.min(hidden, CARDS_AT_ONCE) + " more needing an update (" + hidden
                + " not shown yet)");
        showMore.setVisible(hidden > 0);
        justRead = mine.stream().filter(this::isOther).toList();
        othersCount = justRead.size();
        othersHeading.setVisible(othersCount > 0);
        others.setVisible(othersCount > 0);
        others.getDataProvider().refreshAll();
    }

    private boolean isOther(ActionRow row) {
        return !row.updateDue() && !givenHere.contains(row.id());
    }

    private void focusCard(int index) {
        headings.values().stream().skip(index).findFirst()
                .ifPresent(says -> says.focus("a"));
    }

    private Section card(ActionRow row, String halfTerm) {
        // What the card says is sent as HTML (StaticHtml): ten cards of components would hold about 90 state
        // nodes and ten links following navigation in every open tab; only the card's button is a component.
        Anchor link = new Anchor(ActionColumns.ACTION_PAGE + row.id(), row.reference() + " " + row.title());
        link.getElement().setAttribute("router-link", true);
        Paragraph progress = new Paragraph(new RagBadge(row.rag()), new Text(" " + row.status().label() + ", "
                + row.percentComplete() + "% complete. Due "
                + (row.dueDate() == null ? "date not set" : Dates.format(row.dueDate()))
                + (row.overdue() ? " (overdue)." : ".")));
        StaticHtml says = new StaticHtml(new H2(link), progress, new Paragraph(row.updateDue()
                ? "Needs this half-term's update." : "This half-term's update is given."));
        headings.put(row.id(), says);
        Section card = new Section(says);
        card.addClassNames("card", "my-action");
        if (row.updateDue()) {
            card.add(updateOnRequest(row, halfTerm));
        }
        return card;
    }

    /**
     * The card's "Give the … update" button; its form is built only when asked for. A lead with thirty actions
     * waiting would otherwise carry thirty forms (about 40 KB of server state each) for the one they fill in.
     */
    private Div updateOnRequest(ActionRow row, String halfTerm) {
        Div slot = new Div();
        slot.addClassName("my-action-update");
        Button give = new Button("Give the " + halfTerm + " update");
        // The visible words first (what speech input users say), then which action, as a list of buttons reads.
        give.setAriaLabel("Give the " + halfTerm + " update for " + row.reference());
        give.addClickListener(event -> openForm(slot, give, row));
        slot.add(give);
        return slot;
    }

    private void openForm(Div slot, Button give, ActionRow row) {
        UpdateForm form = new UpdateForm();
        form.edit(UpdateDraft.of(row.status() == ActionStatus.NOT_STARTED ? ActionStatus.ON_TRACK : row.status(),
                row.percentComplete(), ""));
        Div opened = new Div(form);
        opened.addClassName("my-action-form");
        Runnable close = () -> {
            slot.remove(opened);
            give.setVisible(true);
            give.focus();
        };
        Button save = new Button("Save update for " + row.reference(), event -> {
            if (form.writeTo() && form.saving().onConflict(this::refresh)
                    .run(() -> actions.postUpdate(row.id(), row.version(), form.draft()))) {
                givenHere.add(row.id());
                Notifications.success("Saved the update for " + row.reference() + ".");
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A saved update rebuilds the list and takes the button away: focus goes to the same action's new card
        // rather than falling to the page. A refused save leaves the button, and focus, where they were.
        save.addClickListener(event -> {
            if (!save.isAttached() && headings.containsKey(row.id())) {
                headings.get(row.id()).focus("a");
            }
        });
        Button cancel = new Button("Cancel", event -> close.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Shortcuts.addShortcutListener(opened, close::run, Key.ESCAPE).listenOn(opened);
        opened.add(new HorizontalLayout(save, cancel));
        give.setVisible(false);
        slot.add(opened);
        form.status.focus();
    }
}
