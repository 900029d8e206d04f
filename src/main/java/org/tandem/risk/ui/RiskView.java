package org.tandem.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.calendar.CalendarService;
import org.tandem.risk.AffectedGroup;
import org.tandem.risk.ReviewInfo;
import org.tandem.risk.RiskDetails;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskReviewService;
import org.tandem.risk.RiskService;
import org.tandem.risk.ToleranceInfo;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.HistoryPanel;

/**
 * A risk's page: what it is, its scores with their bands, mitigating actions with their RAG, the tolerance
 * decision, reviews (as a chart and as a table), report snapshots, moves between levels and the audit history.
 * The buttons shown are the steps the reader may take, as the register answers.
 */
@Route("risks/:id")
@PageTitle("Risk | Tandem")
@PermitAll
public class RiskView extends Main implements BeforeEnterObserver {

    private final RiskRegister register;
    private final RiskService service;
    private final RiskReviewService reviews;
    private final RiskEditing editing;
    private final CalendarService calendar;
    private final ZoneId zone;
    private long riskId;

    public RiskView(RiskRegister register, RiskService service, RiskReviewService reviews, RiskEditing editing,
            CalendarService calendar, TandemProperties properties) {
        this.register = register;
        this.service = service;
        this.reviews = reviews;
        this.editing = editing;
        this.calendar = calendar;
        this.zone = properties.timeZone();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            riskId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | ValidationProblem e) {
            event.forwardTo(RiskRegisterView.class);
        }
    }

    void show() {
        removeAll();
        RiskDetails risk = register.details(riskId);
        add(new RouterLink("← Risk register", RiskRegisterView.class));
        add(new H1(risk.reference() + " " + risk.title()));
        Div summary = new Div(RiskText.band(risk.residual().score(), risk.residualBandKind(), risk.residualBand()),
                new Span(" "), RiskText.trend(risk.trend()), new Span(" · " + risk.level().label() + " level · "
                        + risk.status().label()));
        summary.addClassName("risk-summary");
        add(summary);
        List<String> flags = new java.util.ArrayList<>();
        if (risk.aboveAppetite()) {
            flags.add("Above appetite: the category's appetite is " + risk.appetite() + ".");
        }
        if (risk.reviewOverdue()) {
            flags.add("Review overdue: it was due " + Dates.format(risk.nextReviewOn()) + ".");
        }
        if (risk.mitigationFailing() != null) {
            flags.add(risk.mitigationFailing());
        }
        if (risk.confidential()) {
            flags.add("Confidential: seen by admins, the owner and board members only.");
        }
        flags.forEach(flag -> add(new Paragraph(flag)));
        add(actions(risk));
        add(RiskSections.section("The risk", details(risk)));
        add(RiskSections.section("Mitigating actions", RiskSections.actions(risk.actions())));
        add(RiskSections.section("Tolerance", tolerance(risk.tolerance()), RiskSections.tolerances(
                register.tolerances(riskId), zone)));
        List<ReviewInfo> history = register.reviews(riskId);
        add(RiskSections.section("Reviews", history.isEmpty() ? new Paragraph("Not reviewed yet.")
                : RiskSections.chart(history), RiskSections.reviews(history)));
        add(RiskSections.section("In the board reports", RiskSections.snapshots(register.snapshots(riskId))));
        add(RiskSections.section("Escalations", RiskSections.escalations(register.escalations(riskId), zone)));
        HistoryPanel audit = new HistoryPanel(zone);
        audit.setEntries(register.history(riskId));
        add(RiskSections.section("History of changes", audit));
    }

    private Div actions(RiskDetails risk) {
        Div bar = new Div();
        bar.addClassName("toolbar");
        Runnable reload = this::show;
        if (risk.mayReview()) {
            bar.add(new Button("Review", e -> RiskStepDialogs.review(risk, calendar.today(), reviews, reload)));
        }
        if (risk.mayEdit()) {
            bar.add(new Button("Edit", e -> editing.edit(risk.id(), id -> show())));
        }
        if (risk.mayEscalate()) {
            bar.add(new Button("Escalate", e -> RiskStepDialogs.move(risk, true, reviews, reload)));
        }
        if (risk.mayDeEscalate()) {
            bar.add(new Button("De-escalate", e -> RiskStepDialogs.move(risk, false, reviews, reload)));
        }
        if (risk.mayAccept()) {
            bar.add(new Button("Accept (tolerate)", e -> RiskStepDialogs.tolerate(risk, reviews, reload)));
        }
        if (risk.mayClose()) {
            bar.add(new Button("Close", e -> RiskStepDialogs.close(risk, service, reload)));
        }
        return bar;
    }

    private static com.vaadin.flow.component.Component details(RiskDetails risk) {
        return RiskSections.table("Details", List.of("Field", "Value"), List.of(
                List.of("Cause", risk.cause()), List.of("Event", risk.event()),
                List.of("Consequence", risk.consequence()), List.of("Category", risk.category()),
                List.of("Owner", risk.owner()), List.of("Workstream", risk.workstream() == null ? "None"
                        : risk.workstream()), List.of("Partners", RiskText.joined(risk.partners())),
                List.of("Linked priorities", RiskText.joined(risk.priorities())),
                List.of("Groups affected", RiskText.joined(risk.groups().stream().sorted()
                        .map(AffectedGroup::label).collect(Collectors.toList()))),
                List.of("Inherent score", risk.inherent().describe() + " " + risk.inherentBand()),
                List.of("Controls in place", risk.controls()),
                List.of("Residual score", risk.residual().describe() + " " + risk.residualBand()
                        + (risk.residualNote() == null ? "" : " (above inherent: " + risk.residualNote() + ")")),
                List.of("Target score", risk.target().describe() + " " + risk.targetBand()
                        + (risk.targetDate() == null ? "" : " by " + Dates.format(risk.targetDate()))),
                List.of("Response", risk.response().label()), List.of("Level", risk.level().label()),
                List.of("Last review", risk.lastReviewOn() == null ? "None yet" : Dates.format(risk.lastReviewOn())),
                List.of("Next review", Dates.format(risk.nextReviewOn())),
                List.of("Status", risk.status().label() + (risk.closedReason() == null ? "" : ": "
                        + risk.closedReason() + " (" + Dates.format(risk.closedOn()) + ")")),
                List.of("Raised by", risk.raisedBy() + ", " + Dates.format(risk.raisedAt(), ZoneId.of("Europe/London")))));
    }

    private com.vaadin.flow.component.Component tolerance(ToleranceInfo tolerance) {
        return new Paragraph(tolerance == null ? "No standing tolerance decision."
                : "Accepted by " + tolerance.acceptedBy() + " on " + Dates.format(tolerance.acceptedAt(), zone)
                        + " at score " + tolerance.atScore() + ", until " + Dates.format(tolerance.expiresOn())
                        + ": " + tolerance.reason());
    }
}
