package org.tandem.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.SignedIn;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportField;
import org.tandem.shared.spreadsheet.ImportMappingService;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.MappedRow;
import org.tandem.shared.spreadsheet.RowParser;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SheetImport;

/**
 * Many values at once from a .csv or .xlsx, through the shared mapping and preview: each row names a measure
 * the person may enter and a period, with the value (or numerator and denominator) checked as on the entry
 * screen. The preview shows every row's outcome and each value it would replace; the import takes all rows in
 * one transaction, or none when any row has an error.
 */
@Service
public class ValueImport {

    public static final String KIND = "measure-values";
    public static final String MEASURE = "measure";
    public static final String PERIOD = "period";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String VALIDATED = "validated";
    public static final String NOTE = "note";

    public static final List<ImportField> FIELDS = List.of(
            new ImportField(MEASURE, "Measure", true, "Measure name", "Indicator", "KPI", "Name"),
            new ImportField(PERIOD, "Period", true, "Half-term", "Term", "Year", "Time period"),
            new ImportField(VALUE, "Value", false, "Figure", "Result", "Actual", "%"),
            new ImportField(NUMERATOR, "Numerator", false, "How many", "Count", "Number"),
            new ImportField(DENOMINATOR, "Denominator", false, "Out of", "Total", "Cohort", "Base"),
            new ImportField(VALIDATED, "Validated", false, "Status", "Validated?"),
            new ImportField(NOTE, "Note", false, "Notes", "Comment", "Commentary"));

    private final Measures measures;
    private final MeasureValues values;
    private final MeasurePermissions permissions;
    private final MeasureService service;
    private final ImportMappingService mappings;
    private final Clock clock;

    ValueImport(Measures measures, MeasureValues values, MeasurePermissions permissions, MeasureService service,
            ImportMappingService mappings, Clock clock) {
        this.measures = measures;
        this.values = values;
        this.permissions = permissions;
        this.service = service;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** The mapping this person used last, where the sheet has those columns; the rest guessed from the headings. */
    @SignedIn
    @Transactional(readOnly = true)
    public ColumnMapping suggestMapping(List<String> headers) {
        return mappings.suggest(KIND, FIELDS, headers);
    }

    /** Every row's outcome or errors; nothing is saved but the mapping, which is remembered. */
    @SignedIn
    @Transactional
    public ImportPreview<ValueImportRow> preview(SheetData sheet, ColumnMapping mapping) {
        ImportPreview<ValueImportRow> preview = read(sheet, mapping);
        mappings.remember(KIND, mapping);
        return preview;
    }

    /** Reads the sheet again and saves every row's value, or nothing if any row has an error. */
    @SignedIn
    @Transactional
    public int importValues(SheetData sheet, ColumnMapping mapping) {
        ImportPreview<ValueImportRow> preview = read(sheet, mapping);
        if (preview.hasErrors()) {
            throw new ValidationProblem("file", String.format(Locale.UK, "%,d of %,d rows have errors, so nothing "
                    + "was imported. Correct them in the sheet and upload it again.", preview.rowsWithErrors(),
                    preview.rows().size()));
        }
        for (ValueImportRow row : preview.values()) {
            Period period = row.period();
            Long known = values.at(row.measureId(), period.year(), period.index()).map(MeasureValue::getVersion)
                    .orElse(null);
            ValueDraft draft = row.draft();
            service.enter(new ValueDraft(draft.measureId(), period, draft.value(), draft.numerator(),
                    draft.denominator(), draft.validated(), draft.note(), known));
        }
        return preview.rows().size();
    }

    private ImportPreview<ValueImportRow> read(SheetData sheet, ColumnMapping mapping) {
        List<Measure> mine = measures.ordered().stream().filter(permissions.editing()).toList();
        Map<String, Measure> byName = mine.stream().collect(Collectors.toMap(m -> key(m.getName()),
                Function.identity(), (a, b) -> a));
        Map<Long, Map<Period, MeasureValue>> existing = values.forMeasures(mine.stream().map(Measure::getId)
                .toList()).stream().collect(Collectors.groupingBy(MeasureValue::getMeasureId,
                        Collectors.toMap(MeasureValue::getPeriod, Function.identity())));
        return SheetImport.preview(sheet, FIELDS, mapping, new Parser(byName, existing, LocalDate.now(clock)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.UK);
    }

    /** Reads one row; remembers the rows before it, so that a period given twice is an error. */
    private static final class Parser implements RowParser<ValueImportRow> {

        private final Map<String, Measure> byName;
        private final Map<Long, Map<Period, MeasureValue>> existing;
        private final LocalDate today;
        private final Set<String> seen = new HashSet<>();

        Parser(Map<String, Measure> byName, Map<Long, Map<Period, MeasureValue>> existing, LocalDate today) {
            this.byName = byName;
            this.existing = existing;
            this.today = today;
        }

        @Override
        public @Nullable ValueImportRow parse(MappedRow row) {
            String name = row.text(MEASURE);
            Measure measure = byName.get(key(name));
            if (measure == null) {
                if (!name.isEmpty()) {
                    row.error("No measure you may enter is called \"" + name + "\"");
                }
                return null;
            }
            Frequency frequency = measure.getFrequency();
            String label = row.text(PERIOD);
            Period period = frequency.parse(label).orElse(null);
            if (period == null) {
                if (!label.isEmpty()) {
                    row.error("\"" + label + "\" is not a " + frequency.label().toLowerCase() + " period; write it "
                            + "as " + frequency.label(frequency.due(today)));
                }
                return null;
            }
            if (!seen.add(measure.getId() + "/" + period)) {
                row.error("An earlier row gives " + measure.getName() + " for " + frequency.label(period));
                return null;
            }
            Double value = number(row, VALUE);
            Long numerator = whole(row, NUMERATOR);
            Long denominator = whole(row, DENOMINATOR);
            String validated = row.text(VALIDATED).toLowerCase(Locale.UK);
            boolean isValidated = validated.startsWith("y") || validated.startsWith("validated")
                    || validated.equals("true");
            String note = row.text(NOTE);
            ValueDraft draft = new ValueDraft(measure.getId(), period, value, numerator, denominator, isValidated,
                    note, null);
            double amount;
            try {
                amount = ValueCheck.checked(measure, draft, today);
            } catch (ValidationProblem problem) {
                row.error(problem.getMessage());
                return null;
            }
            MeasureValue before = existing.getOrDefault(measure.getId(), Map.of()).get(period);
            String replaces = before == null ? null : measure.getUnit().format(before.getAmount()) + " entered by "
                    + before.getEnteredBy();
            if (replaces != null) {
                row.warn("Replaces " + replaces);
            }
            return new ValueImportRow(measure.getId(), measure.getName(), period, frequency.label(period),
                    measure.getUnit().format(amount), draft, replaces);
        }

        @Override
        public String label(MappedRow row) {
            return row.text(MEASURE) + " " + row.text(PERIOD);
        }

        private static @Nullable Double number(MappedRow row, String key) {
            String text = row.text(key).replace(",", "").replace("%", "").strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                row.error(row.label(key) + " \"" + row.text(key) + "\" is not a number");
                return null;
            }
        }

        private static @Nullable Long whole(MappedRow row, String key) {
            Double number = number(row, key);
            if (number == null) {
                return null;
            }
            if (number != Math.rint(number)) {
                row.error(row.label(key) + " is a whole number");
                return null;
            }
            return number.longValue();
        }
    }
}
