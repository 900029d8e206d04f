package org.tandem.action;

import static org.tandem.action.ActionSheetParser.lower;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportField;
import org.tandem.shared.spreadsheet.ImportMappingService;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SheetImport;
import org.tandem.strategy.StrategyService;
import org.tandem.people.AdminOnly;

/**
 * Imports an action plan from a council's spreadsheet: the admin maps its columns to Tandem's fields, sees every
 * row's outcome or errors, and imports only a sheet without errors, all rows in one transaction. A row whose
 * reference Tandem already has updates that action; a row without a reference gets the next one ("2.4").
 * A column left unmapped leaves that field of an updated action as it was.
 */
@Service
public class ActionImport {

    public static final String KIND = "action-plan";
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String PRIORITY = "priority";
    public static final String WORKSTREAM = "workstream";
    public static final String OWNER = "owner";
    public static final String START_DATE = "startDate";
    public static final String DUE_DATE = "dueDate";
    public static final String STATUS = "status";
    public static final String PERCENT_COMPLETE = "percentComplete";
    static final String CANCEL_REASON = "Imported as cancelled";

    /** Tandem's fields in the order the mapping form shows them, with the headings councils tend to use. */
    public static final List<ImportField> FIELDS = List.of(
            new ImportField(REFERENCE, "Reference", false, "Ref", "Ref no", "Action ref", "Action reference",
                    "Action number", "Action no", "No", "Number", "ID"),
            new ImportField(TITLE, "Title", true, "Action", "Action title", "We will", "What we will do"),
            new ImportField(DESCRIPTION, "Description", false, "Details", "Detail", "Action detail", "Notes"),
            new ImportField(PRIORITY, "Priority", true, "Priority number", "Priority no", "Strategic priority"),
            new ImportField(WORKSTREAM, "Workstream", false, "Work stream", "Workstream name", "Theme"),
            new ImportField(OWNER, "Owner", false, "Lead", "Action owner", "Action lead", "Lead officer",
                    "Responsible", "Responsible officer", "Who"),
            new ImportField(START_DATE, "Start date", false, "Start", "Start by", "From"),
            new ImportField(DUE_DATE, "Due date", false, "Due", "Due by", "Deadline", "Target date", "By when",
                    "Completion date", "End date", "Timescale"),
            new ImportField(STATUS, "Status", false, "Progress status", "Current status"),
            new ImportField(PERCENT_COMPLETE, "Percent complete", false, "% complete", "Percentage complete",
                    "Complete %", "Progress %", "Percent"));

    private static final int IN_CLAUSE_SIZE = 1_000;
    private static final int JDBC_BATCH_SIZE = 100;

    private final ActionItems actions;
    private final ImportedActions imported;
    private final Workstreams workstreams;
    private final StrategyService strategy;
    private final UserService users;
    private final ImportMappingService mappings;
    private final EntityManager entityManager;
    private final Clock clock;

    ActionImport(ActionItems actions, ImportedActions imported, Workstreams workstreams, StrategyService strategy,
            UserService users, ImportMappingService mappings, EntityManager entityManager, Clock clock) {
        this.actions = actions;
        this.imported = imported;
        this.workstreams = workstreams;
        this.strategy = strategy;
        this.users = users;
        this.mappings = mappings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The mapping this admin used last, where the sheet has those columns; the rest guessed from the headings. */
    @AdminOnly
    @Transactional(readOnly = true)
    public ColumnMapping suggestMapping(List<String> headers) {
        return mappings.suggest(KIND, FIELDS, headers);
    }

    /** Every row's outcome or errors; nothing changes in the action plan, and the mapping is remembered. */
    @AdminOnly
    @Transactional
    public ImportPreview<ActionImportRow> preview(SheetData sheet, ColumnMapping mapping) {
        ImportPreview<ActionImportRow> preview = read(sheet, mapping).preview();
        mappings.remember(KIND, mapping);
        return preview;
    }

    /** Reads the sheet again (whatever the preview showed) and imports it only if no row has an error. */
    @AdminOnly
    @Transactional
    public ActionImportOutcome importActions(SheetData sheet, ColumnMapping mapping) {
        Reading reading = read(sheet, mapping);
        ImportPreview<ActionImportRow> preview = reading.preview();
        if (preview.hasErrors()) {
            throw new ValidationProblem("file", String.format(Locale.UK, "%,d of %,d rows have errors, so nothing "
                    + "was imported. Correct them in the sheet and upload it again.", preview.rowsWithErrors(),
                    preview.rows().size()));
        }
        // Updates and the audit trail's rows go to the database in batches; new actions cannot, since the
        // database numbers them one by one.
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Workstream> workstreamsById = reading.workstreams().stream()
                .collect(Collectors.toMap(Workstream::getId, Function.identity()));
        List<ActionItem> created = new ArrayList<>();
        int updated = 0;
        for (ActionImportRow row : preview.values()) {
            ActionItem action = row.existing() ? reading.existing().get(lower(row.reference()))
                    : new ActionItem(row.reference(), row.priorityId());
            apply(row, action, row.workstreamId() == null ? null : workstreamsById.get(row.workstreamId()), today);
            if (row.existing()) {
                updated++;
            } else {
                created.add(action);
            }
        }
        try {
            actions.saveAll(created);
            actions.flush();
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            throw new ValidationProblem("file", "Someone changed the action plan while the sheet was being "
                    + "imported, so nothing was imported. Preview the sheet again and import it.");
        }
        mappings.remember(KIND, mapping);
        return new ActionImportOutcome(created.size(), updated);
    }

    private static void apply(ActionImportRow row, ActionItem action, Workstream workstream, LocalDate today) {
        action.describe(row.reference(), row.title(), row.description(), row.priorityId(), workstream,
                row.ownerId(), action.getPartnerOrganisationIds(), row.startDate(), row.dueDate(),
                action.getCoProducedWith());
        if (!action.getStatus().isOpen()
                || row.status() == action.getStatus() && row.percentComplete() == action.getPercentComplete()) {
            return;
        }
        switch (row.status()) {
            case COMPLETE -> action.complete(row.dueDate() != null && !row.dueDate().isAfter(today)
                    ? row.dueDate() : today);
            case CANCELLED -> action.cancel(CANCEL_REASON);
            default -> action.reportProgress(row.status(), row.percentComplete());
        }
    }

    /** Loads what the rows are checked against once, in a handful of queries, then reads every row. */
    private Reading read(SheetData sheet, ColumnMapping mapping) {
        SheetImport.requireMapped(FIELDS, mapping, sheet.headers());
        List<String> given = mapping.column(REFERENCE).map(sheet::columnOf)
                .map(column -> sheet.rows().stream().map(row -> row.cell(column).strip())
                        .filter(reference -> !reference.isEmpty()).distinct().toList())
                .orElse(List.of());
        Map<String, ActionItem> existing = new HashMap<>();
        for (int from = 0; from < given.size(); from += IN_CLAUSE_SIZE) {
            imported.findByReferences(given.subList(from, Math.min(given.size(), from + IN_CLAUSE_SIZE)))
                    .forEach(action -> existing.put(lower(action.getReference()), action));
        }
        List<String> references = new ArrayList<>(imported.allReferences());
        references.addAll(given);
        List<Workstream> allWorkstreams = workstreams.findAllByOrderByNameAsc();
        ActionSheetParser parser = new ActionSheetParser(strategy.priorities(), allWorkstreams, users.everyone(),
                existing, references);
        return new Reading(SheetImport.preview(sheet, FIELDS, mapping, parser), existing, allWorkstreams);
    }

    private record Reading(ImportPreview<ActionImportRow> preview, Map<String, ActionItem> existing,
            List<Workstream> workstreams) {
    }
}
