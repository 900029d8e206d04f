package org.tandem.sef;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tandem.people.SignedIn;
import org.tandem.shared.BritishDates;
import org.tandem.shared.ValidationProblem;

/**
 * The inspection pack: an edition ordered like its framework, each criterion with its judgement, evidence strength,
 * narrative, actions and evidence list, as a tagged PDF (PDF/UA-1) and as a Word document. Evidence holding
 * personal data is counted, never named, since the pack leaves the workspace.
 */
@Service
public class InspectionPackExport {

    private final Editions editions;
    private final Evaluations evaluations;
    private final SefRows rows;
    private final EvidenceItems evidence;
    private final Clock clock;
    private final TemplateEngine templates = new TemplateEngine();

    InspectionPackExport(Editions editions, Evaluations evaluations, SefRows rows, EvidenceItems evidence,
            Clock clock) {
        this.editions = editions;
        this.evaluations = evaluations;
        this.rows = rows;
        this.evidence = evidence;
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("sef/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** The file name for an edition's pack, without its extension ("sef-2025-26-inspection-pack"). */
    @SignedIn
    @Transactional(readOnly = true)
    public String fileName(long editionId) {
        return "sef-" + edition(editionId).getAcademicYear().replace('/', '-') + "-inspection-pack";
    }

    @SignedIn
    @Transactional(readOnly = true)
    public byte[] pdf(long editionId) {
        return pdf(pack(editionId));
    }

    byte[] pdf(InspectionPack pack) {
        String html = html(pack);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // Embedded, so the text is whole on any machine; see PackFonts for why they are read once and kept.
        builder.useFont(() -> PackFonts.open(PackFonts.REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> PackFonts.open(PackFonts.BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        builder.withProducer("Tandem");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The inspection pack's PDF could not be made", e);
        }
        return out.toByteArray();
    }

    String html(InspectionPack pack) {
        Context context = new Context();
        context.setVariable("pack", pack);
        return templates.process("pack", context);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public byte[] docx(long editionId) {
        InspectionPack pack = pack(editionId);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(pack.title());
            document.getProperties().getCoreProperties().setCreator("Tandem");
            PackStyles.addTo(document);
            heading(document, pack.title(), 1);
            text(document, pack.standing());
            text(document, pack.framework());
            text(document, pack.gaps());
            for (InspectionPack.Area area : pack.areas()) {
                heading(document, area.title(), 2);
                for (InspectionPack.Item c : area.criteria()) {
                    heading(document, c.title(), 3);
                    text(document, "Judgement: " + c.judgement() + ". Evidence: " + c.strength());
                    text(document, "Owner: " + c.owner() + ". Last reviewed: " + c.reviewed() + ".");
                    for (InspectionPack.Part part : c.narrative()) {
                        heading(document, part.heading(), 4);
                        text(document, part.text());
                    }
                    if (!c.actions().isEmpty()) {
                        table(document, List.of("Action", "RAG"), c.actions().stream().map(a -> List.of(
                                a.reference() + " " + a.title(), a.rag().label())).toList());
                    }
                    if (c.evidence().isEmpty()) {
                        text(document, "No evidence is listed for this criterion.");
                    } else {
                        table(document, List.of("Evidence", "Kind", "Voice", "Date", "Source"), c.evidence().stream()
                                .map(e -> List.of(e.title(), e.kind().label(), e.voice().label(), e.date(),
                                        e.sourceOrganisation())).toList());
                    }
                    if (c.withheld() > 0) {
                        text(document, c.withheldInWords());
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The inspection pack's Word document could not be made", e);
        }
    }

    InspectionPack pack(long editionId) {
        Edition edition = edition(editionId);
        LocalDate today = LocalDate.now(clock);
        List<CriterionRow> criteria = rows.rows(edition, today);
        Map<Long, Evaluation> byId = evaluations.ofEdition(editionId).stream()
                .collect(Collectors.toMap(Evaluation::getId, v -> v));
        Map<Long, List<Backing>> backing = rows.backing(edition, criteria.stream().map(CriterionRow::criterionId)
                .toList());
        List<Long> shown = backing.values().stream().flatMap(List::stream).filter(b -> !b.personalData())
                .map(Backing::evidenceId).distinct().toList();
        Map<Long, Evidence> items = shown.isEmpty() ? Map.of() : evidence.findAllById(shown).stream()
                .collect(Collectors.toMap(Evidence::getId, e -> e));
        Map<String, List<InspectionPack.Item>> areas = new LinkedHashMap<>();
        for (CriterionRow row : criteria) {
            Evaluation v = byId.get(row.evaluationId());
            List<Backing> behind = backing.getOrDefault(row.criterionId(), List.of());
            List<InspectionPack.Listed> listed = behind.stream().filter(b -> !b.personalData())
                    .map(b -> items.get(b.evidenceId())).filter(e -> e != null)
                    .sorted(Comparator.comparing(Evidence::getEvidencedOn).reversed())
                    .map(e -> new InspectionPack.Listed(e.getTitle(), e.getKind(), e.getVoice(),
                            BritishDates.LONG.format(e.getEvidencedOn()), e.getSourceOrganisation())).toList();
            int withheld = (int) behind.stream().filter(Backing::personalData).count();
            areas.computeIfAbsent(row.area(), a -> new ArrayList<>()).add(new InspectionPack.Item(row.title(),
                    row.judgementInWords(), row.strength().inWords(), row.owner() == null ? "nobody yet"
                    : row.owner(), row.lastReviewedOn() == null ? "never" : BritishDates.LONG.format(
                    row.lastReviewedOn()), List.of(part("What we know", v.getWhatWeKnow()),
                    part("How we know", v.getHowWeKnow()), part("What we are doing", v.getWhatWeAreDoing()),
                    part("Impact so far", v.getImpactSoFar())), row.actions().stream().map(a ->
                    new InspectionPack.Action(a.reference(), a.title(), a.rag())).toList(), listed, withheld));
        }
        String status = switch (edition.getStatus()) {
            case DRAFT -> "Draft, not yet submitted to the board.";
            case SUBMITTED -> "Submitted to the board on " + BritishDates.LONG.format(edition.getSubmittedOn())
                    + "; not yet approved.";
            case APPROVED -> "Approved by the board on " + BritishDates.LONG.format(edition.getApprovedOn())
                    + " (minute " + edition.getMinuteReference() + ").";
        };
        return new InspectionPack(edition.name() + ": inspection pack", edition.name(), status,
                "Framework: " + edition.getTemplate().getName() + ". Produced " + BritishDates.LONG.format(today)
                        + ".", "Gaps: " + SefRows.headline(criteria).inWords(),
                areas.entrySet().stream().map(e -> new InspectionPack.Area(e.getKey(), e.getValue())).toList());
    }

    private static InspectionPack.Part part(String heading, String text) {
        return new InspectionPack.Part(heading, text == null || text.isBlank() ? "Not written yet." : text);
    }

    private Edition edition(long id) {
        return editions.findById(id).orElseThrow(() -> new ValidationProblem("edition",
                "That edition no longer exists."));
    }

    /** A heading in Word's own heading style of that level, so the navigation pane and screen readers list it. */
    private static void heading(XWPFDocument document, String text, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(PackStyles.heading(level));
        paragraph.createRun().setText(text);
    }

    private static void text(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static void table(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        // The header row repeats on each page and tells a screen reader which cells head the columns.
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFRun run = table.getRow(0).getCell(c).getParagraphs().getFirst().createRun();
            run.setBold(true);
            run.setText(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                table.getRow(r + 1).getCell(c).setText(rows.get(r).get(c));
            }
        }
        document.createParagraph();
    }
}
