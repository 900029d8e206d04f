package org.tandem.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.feedback.ActivityRow;
import org.tandem.feedback.CoProductionService;
import org.tandem.feedback.FeedbackFilter;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackRow;
import org.tandem.feedback.PledgeInfo;
import org.tandem.feedback.SignatoryRow;
import org.tandem.people.OrganisationService;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.TextLimits;

/**
 * The co-production pledge, who signed it, and the log of co-production activities. Admins keep the pledge and
 * its signatories; admins and forum reps log activities; everyone signed in reads it all.
 */
@Route("co-production")
@PageTitle("Co-production | Tandem")
@Menu(order = 34, icon = "vaadin:handshake", title = "Co-production")
@PermitAll
public class CoProductionView extends Main {

    static final int LINK_CHOICES = 200;

    private final CoProductionService service;
    private final OrganisationService organisations;
    private final ActionPlanService plan;
    private final FeedbackRegister register;
    private final Div pledgeText = new Div();
    private final Paragraph pledgeChanged = new Paragraph();
    private final HistoryPanel pledgeHistory;
    private final Grid<SignatoryRow> signatories = new Grid<>();
    private final HistoryPanel signatoryHistory;
    private final Grid<ActivityRow> activities = new Grid<>();
    private final HistoryPanel activityHistory;
    private final TandemProperties properties;
    private PledgeInfo pledge;

    public CoProductionView(CoProductionService service, OrganisationService organisations,
            ActionPlanService plan, FeedbackRegister register, TandemProperties properties) {
        this.service = service;
        this.organisations = organisations;
        this.plan = plan;
        this.register = register;
        this.properties = properties;
        this.pledgeHistory = new HistoryPanel(properties.timeZone());
        this.signatoryHistory = new HistoryPanel(properties.timeZone());
        this.activityHistory = new HistoryPanel(properties.timeZone());
        addClassName("page");
        add(new H1("Co-production"));
        add(new Paragraph("Families, young people and professionals shape services together. This page keeps "
                + "the partnership's pledge, the organisations that signed it, and what co-production took place "
                + "and what changed because of it."));
        add(pledgeSection(), signatorySection(), activitySection());
        this.pledge = service.pledge();
        showPledge();
    }

    private Section pledgeSection() {
        Section section = new Section(new H2("Our co-production pledge"), pledgeText, pledgeChanged);
        if (service.mayKeepPledge()) {
            section.add(new Button("Edit the pledge", event -> editPledge()));
        }
        section.add(pledgeHistory);
        return section;
    }

    private void showPledge() {
        pledgeText.removeAll();
        if (pledge.text().isBlank()) {
            pledgeText.add(new Paragraph("The pledge has not been written yet."));
        } else {
            Arrays.stream(pledge.text().split("\\R\\s*\\R")).map(String::strip).filter(part -> !part.isEmpty())
                    .forEach(part -> pledgeText.add(new Paragraph(part)));
        }
        pledgeChanged.setText(pledge.changedBy() == null ? ""
                : "Last changed by " + pledge.changedBy() + " on "
                        + Dates.format(pledge.changedAt(), properties.timeZone()) + ".");
        pledgeHistory.setEntries(service.pledgeHistory());
    }

    private void editPledge() {
        PledgeInfo editing = service.pledge();
        RecordDialog dialog = new RecordDialog("Edit the pledge");
        TextArea text = dialog.field("text", new TextArea("Pledge text"));
        text.setHelperText("Leave a blank line between paragraphs");
        TextLimits.limit(text, PledgeInfo.TEXT_LENGTH);
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setValue(editing.text());
        dialog.add(text);
        dialog.saveWith("Save pledge", () -> service.rewritePledge(editing.version(), text.getValue()),
                "Pledge saved.", () -> {
                    pledge = service.pledge();
                    showPledge();
                });
        dialog.open();
    }

    private Section signatorySection() {
        Section section = new Section(new H2("Signatories"));
        signatories.addColumn(SignatoryRow::organisation).setHeader("Organisation").setAutoWidth(true);
        signatories.addColumn(row -> Dates.format(row.signedOn())).setHeader("Date signed").setAutoWidth(true)
                .setFlexGrow(0);
        signatories.addColumn(SignatoryRow::contactName).setHeader("Contact").setAutoWidth(true);
        signatories.addColumn(SignatoryRow::commitments).setHeader("Commitments").setFlexGrow(3);
        boolean keeper = service.mayKeepPledge();
        if (keeper) {
            signatories.addComponentColumn(row -> editButton("Edit", "Edit signatory " + row.organisation(),
                    () -> new SignatoryDialog(service, organisations.list(), row, this::refreshSignatories).open()))
                    .setHeader("Change").setAutoWidth(true).setFlexGrow(0);
            section.add(new Button("Add a signatory",
                    event -> new SignatoryDialog(service, organisations.list(), null, this::refreshSignatories)
                            .open()));
        }
        signatories.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        signatories.setAllRowsVisible(true);
        signatories.setAriaLabel("Signatories of the pledge");
        signatories.asSingleSelect().addValueChangeListener(event -> signatoryHistory.setEntries(
                event.getValue() == null ? List.of() : service.signatoryHistory(event.getValue().id())));
        section.add(signatories, new Paragraph("Choose a signatory to see the history of its entry."),
                signatoryHistory);
        refreshSignatories();
        return section;
    }

    private void refreshSignatories() {
        signatories.setItems(service.signatories());
        signatoryHistory.setEntries(List.of());
    }

    private Section activitySection() {
        Section section = new Section(new H2("Co-production activities"));
        Map<Long, String> actionNames = actionChoices().stream()
                .collect(Collectors.toMap(ActionRow::id, ActionRow::reference));
        activities.addColumn(row -> Dates.format(row.heldOn())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        activities.addColumn(row -> row.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        activities.addColumn(ActivityRow::title).setHeader("Activity").setFlexGrow(2);
        activities.addColumn(ActivityRow::participants).setHeader("Who took part").setFlexGrow(2);
        activities.addColumn(ActivityRow::whatChanged).setHeader("What changed as a result").setFlexGrow(3);
        activities.addColumn(row -> links(row, actionNames)).setHeader("Linked").setFlexGrow(1);
        if (service.mayLogActivities()) {
            activities.addComponentColumn(row -> editButton("Edit", "Edit activity " + row.title(),
                    () -> activityDialog(row))).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
            section.add(new Button("Log an activity", event -> activityDialog(null)));
        }
        activities.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        activities.setAriaLabel("Co-production activities, newest first");
        activities.setItems(query -> service.activities(
                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize())).stream());
        activities.asSingleSelect().addValueChangeListener(event -> activityHistory.setEntries(
                event.getValue() == null ? List.of() : service.activityHistory(event.getValue().id())));
        section.add(activities, new Paragraph("Choose an activity to see the history of its entry."),
                activityHistory);
        return section;
    }

    private void activityDialog(@Nullable ActivityRow row) {
        new ActivityDialog(service, actionChoices(), feedbackChoices(), row, () -> {
            activities.getDataProvider().refreshAll();
            activityHistory.setEntries(List.of());
        }).open();
    }

    private static String links(ActivityRow row, Map<Long, String> actionNames) {
        String actions = row.actionIds().stream().map(id -> actionNames.getOrDefault(id, "action " + id)).sorted()
                .collect(Collectors.joining(", "));
        String feedback = row.feedbackIds().stream().sorted().map(id -> "feedback " + id)
                .collect(Collectors.joining(", "));
        return actions.isEmpty() ? feedback : feedback.isEmpty() ? actions : actions + "; " + feedback;
    }

    private List<ActionRow> actionChoices() {
        return plan.list(ActionFilter.none(), org.springframework.data.domain.PageRequest.of(0, LINK_CHOICES,
                Sort.by("reference"))).getContent();
    }

    private List<FeedbackRow> feedbackChoices() {
        return register.list(FeedbackFilter.none(), org.springframework.data.domain.PageRequest.of(0,
                LINK_CHOICES, Sort.by(Sort.Direction.DESC, "saidOn"))).getContent();
    }

    static String feedbackLabel(FeedbackRow row) {
        String said = row.whatWasSaid();
        return Dates.format(row.saidOn()) + ": " + (said.length() > 80 ? said.substring(0, 80) + "…" : said);
    }

    private static Button editButton(String text, String ariaLabel, Runnable open) {
        Button button = new Button(text, event -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(ariaLabel);
        return button;
    }
}
