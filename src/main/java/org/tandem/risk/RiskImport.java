package org.tandem.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportField;
import org.tandem.shared.spreadsheet.ImportMappingService;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SheetImport;

/**
 * Imports an existing risk register from a council's spreadsheet through the shared mapping and preview: the
 * admin maps the columns, sees every row's outcome or errors, and imports only a sheet without errors, all rows
 * in one transaction (a risk at the board threshold is escalated as when raised by hand).
 */
@Service
public class RiskImport {

    public static final String KIND = "risk-register";
    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String CAUSE = "cause";
    public static final String EVENT = "event";
    public static final String CONSEQUENCE = "consequence";
    public static final String CATEGORY = "category";
    public static final String OWNER = "owner";
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
    public static final String SCORE = "score";
    public static final String INHERENT = "inherent";
    public static final String TARGET = "target";
    public static final String CONTROLS = "controls";
    public static final String NEXT_REVIEW = "nextReview";
    public static final String DIRECTION = "direction";
    public static final String LEVEL = "level";
    public static final String CONFIDENTIAL = "confidential";

    public static final List<ImportField> FIELDS = List.of(
            new ImportField(REFERENCE, "Reference", false, "Ref", "Risk ref", "Risk no", "Risk number", "No", "ID"),
            new ImportField(TITLE, "Title", true, "Risk", "Risk title", "Risk description", "Description"),
            new ImportField(CAUSE, "Cause", false, "Causes", "Because"),
            new ImportField(EVENT, "Event", false, "Risk event", "There is a risk that"),
            new ImportField(CONSEQUENCE, "Consequence", false, "Consequences", "Impact description", "Effect"),
            new ImportField(CATEGORY, "Category", false, "Risk category", "Type", "Theme"),
            new ImportField(OWNER, "Owner", true, "Risk owner", "Lead", "Responsible", "Responsible officer"),
            new ImportField(LIKELIHOOD, "Residual likelihood", false, "Likelihood", "L", "Current likelihood",
                    "Probability"),
            new ImportField(IMPACT, "Residual impact", false, "Impact", "I", "Current impact", "Severity"),
            new ImportField(SCORE, "Residual score", false, "Score", "Current score", "Risk score", "Rating",
                    "Residual rating"),
            new ImportField(INHERENT, "Inherent score", false, "Inherent", "Inherent rating", "Gross score"),
            new ImportField(TARGET, "Target score", false, "Target", "Target rating"),
            new ImportField(CONTROLS, "Controls in place", false, "Controls", "Existing controls", "Mitigations"),
            new ImportField(NEXT_REVIEW, "Next review", false, "Review date", "Next review date", "Review by"),
            new ImportField(DIRECTION, "Direction", false, "Direction of travel", "Trend", "DoT"),
            new ImportField(LEVEL, "Level", false, "Escalation level", "Managed at"),
            new ImportField(CONFIDENTIAL, "Confidential", false, "Restricted"));

    private final RiskService service;
    private final RiskLists lists;
    private final Risks risks;
    private final RiskPermissions permissions;
    private final UserService users;
    private final ImportMappingService mappings;
    private final Clock clock;

    RiskImport(RiskService service, RiskLists lists, Risks risks, RiskPermissions permissions, UserService users,
            ImportMappingService mappings, Clock clock) {
        this.service = service;
        this.lists = lists;
        this.risks = risks;
        this.permissions = permissions;
        this.users = users;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** The mapping this admin used last, where the sheet has those columns; the rest guessed from the headings. */
    @AdminOnly
    @Transactional(readOnly = true)
    public ColumnMapping suggestMapping(List<String> headers) {
        requireAdmin();
        return mappings.suggest(KIND, FIELDS, headers);
    }

    /** Every row's outcome or errors; nothing changes in the register, and the mapping is remembered. */
    @AdminOnly
    @Transactional
    public ImportPreview<RiskImportRow> preview(SheetData sheet, ColumnMapping mapping) {
        requireAdmin();
        ImportPreview<RiskImportRow> preview = read(sheet, mapping);
        mappings.remember(KIND, mapping);
        return preview;
    }

    /** Reads the sheet again and raises every row's risk, or refuses the whole sheet if any row has an error. */
    @AdminOnly
    @Transactional
    public int importRisks(SheetData sheet, ColumnMapping mapping) {
        requireAdmin();
        ImportPreview<RiskImportRow> preview = read(sheet, mapping);
        if (preview.hasErrors()) {
            throw new ValidationProblem("file", String.format(Locale.UK, "%,d of %,d rows have errors, so nothing "
                    + "was imported. Correct them in the sheet and upload it again.", preview.rowsWithErrors(),
                    preview.rows().size()));
        }
        preview.values().forEach(row -> service.raise(row.draft()));
        return preview.rows().size();
    }

    private ImportPreview<RiskImportRow> read(SheetData sheet, ColumnMapping mapping) {
        RiskSheetParser parser = new RiskSheetParser(lists.categories(), users.everyone(),
                new HashSet<>(risks.findAll().stream().map(Risk::getReference).toList()), LocalDate.now(clock));
        return SheetImport.preview(sheet, FIELDS, mapping, parser);
    }

    private void requireAdmin() {
        if (!permissions.mayImport()) {
            throw new AccessDeniedException("Only admins import a risk register.");
        }
    }
}
