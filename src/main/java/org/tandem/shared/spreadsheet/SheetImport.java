package org.tandem.shared.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.shared.ValidationProblem;

/**
 * The import flow every feature shares: check the mapping, then turn each row into a value or a list of errors.
 * The feature's {@link RowParser} knows its fields; this class knows rows, columns and required values.
 */
public final class SheetImport {

    private SheetImport() {
    }

    /** Refuses a mapping that leaves out a required field or names a column the sheet does not have. */
    public static void requireMapped(List<ImportField> fields, ColumnMapping mapping, List<String> headers) {
        for (ImportField field : fields) {
            String header = mapping.column(field.key()).orElse(null);
            if (header == null && field.required()) {
                throw new ValidationProblem(field.key(), "Choose the column that holds the "
                        + field.label().toLowerCase() + ".");
            }
            if (header != null && !headers.contains(header)) {
                throw new ValidationProblem(field.key(), "The sheet has no column \"" + header + "\".");
            }
        }
    }

    public static <T> ImportPreview<T> preview(SheetData sheet, List<ImportField> fields, ColumnMapping mapping,
            RowParser<T> parser) {
        requireMapped(fields, mapping, sheet.headers());
        Map<String, ImportField> byKey = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ImportField field : fields) {
            byKey.put(field.key(), field);
            mapping.column(field.key()).ifPresent(header -> columns.put(field.key(), sheet.columnOf(header)));
        }
        List<ImportRow<T>> rows = new ArrayList<>(sheet.rows().size());
        for (SheetData.Row row : sheet.rows()) {
            MappedRow mapped = new MappedRow(row, columns, byKey, mapping);
            List<Integer> unreadable = new ArrayList<>();
            for (SheetData.CellProblem problem : row.problems()) {
                if (columns.containsValue(problem.column())) {
                    mapped.error(capitalised(problem.message()));
                    unreadable.add(problem.column());
                }
            }
            for (ImportField field : fields) {
                Integer column = columns.get(field.key());
                if (field.required() && column != null && !unreadable.contains(column)
                        && mapped.text(field.key()).isEmpty()) {
                    mapped.error(field.label() + " is missing");
                }
            }
            T value = parser.parse(mapped);
            rows.add(new ImportRow<>(row.number(), mapped.hasErrors() ? null : value, mapped.errors(),
                    parser.label(mapped), mapped.warnings()));
        }
        return new ImportPreview<>(rows);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
