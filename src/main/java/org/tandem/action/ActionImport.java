package org.tandem.action;

import static org.tandem.action.ActionSheetFields.lower;

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

    public static final String KIND = ActionSheetFields.KIND;
    public static final String REFERENCE = ActionSheetFields.REFERENCE;
    public static final String TITLE = ActionSheetFields.TITLE;
    public static final String DESCRIPTION = ActionSheetFields.DESCRIPTION;
    public static final String PRIORITY = ActionSheetFields.PRIORITY;
    public static final String WORKSTREAM = ActionSheetFields.WORKSTREAM;
    public static final String OWNER = ActionSheetFields.OWNER;
    public static final String START_DATE = ActionSheetFields.START_DATE;
    public static final String DUE_DATE = ActionSheetFields.DUE_DATE;
    public static final String STATUS = ActionSheetFields.STATUS;
    public static final String PERCENT_COMPLETE = ActionSheetFields.PERCENT_COMPLETE;
    public static final String COMPLETED_ON = ActionSheetFields.COMPLETED_ON;
    static final String CANCEL_REASON = "Imported as cancelled";

    public static final List<ImportField> FIELDS = ActionSheetFields.FIELDS;

    /** More distinct statuses than this is not a status column; the admin would map the wrong one. */
    public static final int MAX_VALUES = 30;
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

    /**
     * The values of the sheet's status column that Tandem does not read by itself ("G", "Amber/Red"), each with
     * what the admin said it means last time, or a first guess from RAG colours; at most {@link #MAX_VALUES}.
     */
    @AdminOnly
    public List<StatusValue> statusValues(SheetData sheet, ColumnMapping mapping) {
        return mapping.column(STATUS).filter(sheet.headers()::contains).map(sheet::columnOf)
                .map(column -> sheet.rows().stream().map(row -> row.cell(column).strip())
                        .filter(value -> !value.isEmpty())
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))
                .orElseGet(java.util.LinkedHashSet::new).stream()
                .filter(value -> mapping.meaning(STATUS, value).isPresent()
                        || ActionSheetParser.statusCalled(value) == null)
                .limit(MAX_VALUES)
                .map(value -> new StatusValue(value, mapping.meaning(STATUS, value)
                        .flatMap(name -> java.util.Arrays.stream(ActionStatus.values())
                                .filter(status -> status.name().equals(name)).findFirst())
                        .orElse(ActionSheetParser.ragGuess(value))))
                .toList();
    }

    /** A value of the sheet's status column and the status it stands for (null: not decided yet). */
    public record StatusValue(String value, @org.jspecify.annotations.Nullable ActionStatus meaning) {
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
            // The date the sheet gives, else the day it was imported: the due date says when it was meant to be
            // done, not when it was.
            case COMPLETE -> action.complete(row.completedOn() != null ? row.completedOn() : today);
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
                existing, references, LocalDate.now(clock));
        return new Reading(SheetImport.preview(sheet, FIELDS, mapping, parser), existing, allWorkstreams);
    }

    private record Reading(ImportPreview<ActionImportRow> preview, Map<String, ActionItem> existing,
            List<Workstream> workstreams) {
    }
}
