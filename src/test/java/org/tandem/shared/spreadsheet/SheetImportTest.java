package org.tandem.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ValidationProblem;

class SheetImportTest {

    private static final List<ImportField> FIELDS = List.of(new ImportField("title", "Title", true),
            new ImportField("due", "Due date", false), new ImportField("percent", "Percent complete", false));

    record Thing(String title, LocalDate due, Integer percent) {
    }

    private static final RowParser<Thing> PARSER = row -> new Thing(row.text("title", 10), row.date("due"),
            row.whole("percent", 0, 100));

    private static SheetData sheet(SheetData.Row... rows) {
        return new SheetData(List.of("Title", "Due", "Done", "Notes"), List.of(rows));
    }

    private static SheetData.Row row(int number, String... cells) {
        return new SheetData.Row(number, List.of(cells), List.of());
    }

    private static final ColumnMapping MAPPING = ColumnMapping.none().with("title", "Title").with("due", "Due")
            .with("percent", "Done");

    @Test
    void eachRowBecomesAValueOrItsErrors() {
        ImportPreview<Thing> preview = SheetImport.preview(sheet(
                row(2, "Map", "31/03/2025", "40%", ""),
                row(3, "Train", "2025-04-01", "", ""),
                row(4, "", "1/4/2025", "100", ""),
                row(5, "Far too long a title", "31/02/2025", "120", "")), FIELDS, MAPPING, PARSER);

        assertThat(preview.rows()).extracting(ImportRow::rowNumber).containsExactly(2, 3, 4, 5);
        assertThat(preview.rows().get(0).value()).isEqualTo(new Thing("Map", LocalDate.of(2025, 3, 31), 40));
        assertThat(preview.rows().get(1).value()).isEqualTo(new Thing("Train", LocalDate.of(2025, 4, 1), null));
        assertThat(preview.rows().get(2).errors()).containsExactly("Title is missing");
        assertThat(preview.rows().get(3).errors()).containsExactly(
                "Title has 20 characters; use at most 10",
                "Due date \"31/02/2025\" is not a date; write it as dd/mm/yyyy or yyyy-mm-dd",
                "Percent complete \"120\" is not a whole number from 0 to 100");
        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.summary()).isEqualTo("2 rows ready, 2 with errors");
    }

    @Test
    void aFormulaCountsOnlyInAColumnThatIsImported() {
        SheetData.Row formulaInNotes = new SheetData.Row(2, List.of("Map", "", "", ""),
                List.of(new SheetData.CellProblem(3, "cell D2 holds a formula; paste values only")));
        SheetData.Row formulaInTitle = new SheetData.Row(3, List.of("", "", "", ""),
                List.of(new SheetData.CellProblem(0, "cell A3 holds a formula; paste values only")));

        ImportPreview<Thing> preview = SheetImport.preview(sheet(formulaInNotes, formulaInTitle), FIELDS, MAPPING,
                PARSER);

        assertThat(preview.rows().get(0).ok()).isTrue();
        assertThat(preview.rows().get(1).errors()).containsExactly("Cell A3 holds a formula; paste values only");
    }

    @Test
    void aMappingWithoutARequiredFieldOrWithAColumnTheSheetLacksIsRefused() {
        assertThatThrownBy(() -> SheetImport.preview(sheet(row(2, "Map")), FIELDS, ColumnMapping.none(), PARSER))
                .isInstanceOf(ValidationProblem.class).hasMessage("Choose the column that holds the title.");
        assertThatThrownBy(() -> SheetImport.preview(sheet(row(2, "Map")), FIELDS, MAPPING.with("due", "When"),
                PARSER)).isInstanceOf(ValidationProblem.class).hasMessage("The sheet has no column \"When\".");
    }

    @Test
    void theSummaryCountsInThousands() {
        SheetData.Row[] rows = new SheetData.Row[1_234];
        for (int index = 0; index < rows.length; index++) {
            rows[index] = row(index + 2, "Row " + index, "", "", "");
        }
        ImportPreview<Thing> preview = SheetImport.preview(sheet(rows), FIELDS, MAPPING, PARSER);
        assertThat(preview.summary()).isEqualTo("1,234 rows ready, no errors");
        assertThat(preview.values()).hasSize(1_234);
    }
}
