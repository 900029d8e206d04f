package org.tandem.sef.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EditionOverview;
import org.tandem.sef.EditionSummary;
import org.tandem.sef.InspectionPackExport;
import org.tandem.sef.JudgementChange;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;

/**
 * The self-evaluation overview: one edition's criteria in framework order with their judgement, evidence strength
 * and the RAG of their linked actions (all in words), the next step on the way to the board, and a comparison
 * with another edition. The edition shown is kept in the address (?edition=id).
 */
@Route("sef")
@PageTitle("Self-evaluation | Tandem")
@Menu(order = 28, icon = "vaadin:clipboard-check", title = "Self-evaluation")
@PermitAll
public class SefOverviewView extends Main implements BeforeEnterObserver {

    final Select<EditionSummary> edition = new Select<>();
    final Select<EditionSummary> compareWith = new Select<>();
    final Grid<CriterionRow> grid = new Grid<>(CriterionRow.class, false);
    final Grid<JudgementChange> changes = new Grid<>(JudgementChange.class, false);
    final H1 heading = new H1("Self-evaluation");
    final Paragraph status = new Paragraph();
    final Paragraph standing = new Paragraph();
    final Div steps = new Div();
    private final SefService sef;
    private final SefFrameworks frameworks;
    private List<EditionSummary> editions = List.of();
    private boolean applying;

    final Div pack = new Div();
    private final InspectionPackExport export;

    public SefOverviewView(SefService sef, SefFrameworks frameworks, InspectionPackExport export) {
        this.sef = sef;
        this.frameworks = frameworks;
        this.export = export;
        addClassName("page");
        edition.setLabel("Edition");
        edition.setItemLabelGenerator(e -> e == null ? "" : e.name() + " (" + e.status().label() + ")");
        edition.addValueChangeListener(event -> {
            if (!applying && event.getValue() != null) {
                UI.getCurrent().navigate(SefOverviewView.class, QueryParameters.of("edition",
                        String.valueOf(event.getValue().id())));
            }
        });
        compareWith.setLabel("Compare with");
        compareWith.setItemLabelGenerator(e -> e == null ? "Choose an edition" : e.name());
        compareWith.setEmptySelectionAllowed(true);
        compareWith.setEmptySelectionCaption("Choose an edition");
        compareWith.addValueChangeListener(event -> compare());

        grid.addComponentColumn(row -> new RouterLink(row.title(), CriterionView.class, new RouteParameters("id",
                String.valueOf(row.evaluationId())))).setHeader("Criterion").setFlexGrow(3);
        grid.addColumn(CriterionRow::area).setHeader("Area").setFlexGrow(2);
        grid.addColumn(CriterionRow::judgementInWords).setHeader("Judgement").setAutoWidth(true);
        grid.addColumn(row -> row.strength().inWords()).setHeader("Evidence").setFlexGrow(3);
        grid.addComponentColumn(SefText::actions).setHeader("Linked actions").setFlexGrow(2);
        grid.addColumn(row -> row.owner() == null ? "No owner" : row.owner()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(row -> SefText.date(row.lastReviewedOn())).setHeader("Last reviewed").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        changes.addColumn(JudgementChange::criterion).setHeader("Criterion").setFlexGrow(3);
        changes.addColumn(c -> c.before() == null ? "Not judged" : c.before()).setHeader("Before");
        changes.addColumn(c -> c.after() == null ? "Not judged" : c.after()).setHeader("After");
        changes.addColumn(c -> (c.changed() ? "Changed: " : "") + c.inWords()).setHeader("Change").setFlexGrow(2);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        changes.setVisible(false);

        status.setId("sef-status");
        steps.addClassName("toolbar");
        Div links = new Div(new RouterLink("Gap view", SefGapsView.class),
                new RouterLink("Evidence library", EvidenceLibraryView.class),
                new RouterLink("Inspection readiness", ReadinessView.class),
                new RouterLink("Frameworks", FrameworksView.class));
        links.addClassName("toolbar");
        pack.addClassName("toolbar");
        add(heading, edition, status, steps, links, pack, standing, new H2("Criteria"), grid,
                new H2("Compare with another edition"), compareWith, changes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editions = sef.editions();
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("edition").map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        EditionSummary shown = editions.stream().filter(e -> wanted != null && e.id() == wanted).findFirst()
                .orElse(editions.isEmpty() ? null : editions.getFirst());
        applying = true;
        try {
            edition.setItems(editions);
            edition.setValue(shown);
            compareWith.setItems(editions.stream().filter(e -> shown == null || e.id() != shown.id()).toList());
        } finally {
            applying = false;
        }
        show(shown);
    }

    private void show(EditionSummary shown) {
        steps.removeAll();
        if (sef.mayStartEdition()) {
            Button start = new Button("Start a new edition", e -> new EditionDialogs(sef, frameworks)
                    .start(id -> UI.getCurrent().navigate(SefOverviewView.class, QueryParameters.of("edition",
                            String.valueOf(id)))));
            steps.add(start);
        }
        if (shown == null) {
            heading.setText("Self-evaluation");
            status.setText("There is no edition of the self-evaluation yet.");
            grid.setItems(List.of());
            standing.setText("");
            return;
        }
        EditionOverview overview = sef.overview(shown.id());
        heading.setText(overview.edition().name());
        status.setText(overview.edition().statusInWords() + ". Framework: " + overview.edition().templateName()
                + ".");
        EditionDialogs dialogs = new EditionDialogs(sef, frameworks);
        if (overview.edition().maySubmit()) {
            Button submit = new Button("Submit to the board", e -> dialogs.submit(overview.edition(), this::reload));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            steps.add(submit);
        }
        if (overview.edition().mayApprove()) {
            Button approve = new Button("Record the board's approval", e -> dialogs.approve(overview.edition(),
                    this::reload));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            steps.add(approve);
        }
        Map<String, Long> counts = overview.byJudgement();
        standing.setText(org.tandem.sef.Counted.of(overview.rows().size(), "criterion", "criteria") + ": " + counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().toLowerCase(java.util.Locale.UK))
                .collect(Collectors.joining(", ")) + ". " + overview.gaps().inWords());
        grid.setItems(overview.rows());
        packLinks(overview.edition().id());
        compare();
    }

    /** The inspection pack, made when it is downloaded. */
    private void packLinks(long editionId) {
        pack.removeAll();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.pdf(editionId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(editionId) + ".pdf",
                    "application/pdf", bytes.length);
        }), "Inspection pack (PDF)");
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.docx(editionId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(editionId) + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.length);
        }), "Inspection pack (Word)");
        pdf.addClassName("button-link");
        docx.addClassName("button-link");
        pack.add(pdf, docx);
    }

    private void compare() {
        EditionSummary shown = edition.getValue();
        EditionSummary other = compareWith.getValue();
        if (shown == null || other == null) {
            changes.setVisible(false);
            return;
        }
        boolean otherIsOlder = other.academicYear().compareTo(shown.academicYear()) < 0;
        changes.setItems(otherIsOlder ? sef.compare(other.id(), shown.id()) : sef.compare(shown.id(), other.id()));
        changes.setVisible(true);
    }

    /** Reads the edition again after a step, so the status and the next steps are current. */
    private void reload() {
        long id = edition.getValue() == null ? -1 : edition.getValue().id();
        editions = sef.editions();
        EditionSummary shown = editions.stream().filter(e -> e.id() == id).findFirst().orElse(null);
        applying = true;
        try {
            edition.setItems(editions);
            edition.setValue(shown);
        } finally {
            applying = false;
        }
        show(shown);
    }
}
