package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignIn;

/** Values in bulk from a sheet: every row checked as on the entry screen, all imported or none. */
class ValueImportTest extends IntegrationTest {

    @Autowired
    ValueImport valueImport;
    @Autowired
    MeasureService service;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    MeasureFixture given;

    @BeforeEach
    void people() {
        clock.setDate(MeasureFixture.TODAY);
        given = new MeasureFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void eachRowIsCheckedByItsUnitAndPeriodAndASheetWithAnErrorImportsNothing() {
        String name = name(given.defined(given.draft("Bulk")));
        SheetData sheet = sheet("Measure,Period,Numerator,Denominator,Status\n"
                + name + ",Autumn 1 2053/54,20,60,Validated\n"
                + name + ",Spring 1 2053/54,70,60,\n"
                + name + ",Summer 2 2053/54,1,2,\n"
                + name + ",Autumn 1 2053/54,21,60,\n"
                + "No such measure,Autumn 1 2053/54,1,2,\n");
        given.as(given.owner);
        ColumnMapping mapping = valueImport.suggestMapping(sheet.headers());
        ImportPreview<ValueImportRow> preview = valueImport.preview(sheet, mapping);
        assertThat(preview.rows().get(0).ok()).isTrue();
        assertThat(preview.rows().get(0).value().value()).isEqualTo("33.3%");
        assertThat(preview.rows().get(1).errors()).anyMatch(e -> e.contains("cannot be more than the denominator"));
        assertThat(preview.rows().get(2).errors()).anyMatch(e -> e.contains("has not started yet"));
        assertThat(preview.rows().get(3).errors()).anyMatch(e -> e.contains("An earlier row"));
        assertThat(preview.rows().get(4).errors()).anyMatch(e -> e.contains("No measure you may enter"));
        assertThatThrownBy(() -> valueImport.importValues(sheet, mapping)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("4 of 5 rows have errors");
    }

    @Test
    void aCleanSheetImportsEveryRowAndSaysWhichValuesItReplaces() {
        long id = given.defined(given.draft("Bulk clean"));
        String name = name(id);
        given.entered(id, MeasureFixture.AUTUMN_2, 10, 60);
        SheetData sheet = sheet("Measure,Period,Numerator,Denominator\n"
                + name + ",Autumn 1 2053/54,20,60\n"
                + name + ",Autumn 2 2053/54,25,60\n");
        given.as(given.owner);
        ColumnMapping mapping = valueImport.suggestMapping(sheet.headers());
        ImportPreview<ValueImportRow> preview = valueImport.preview(sheet, mapping);
        assertThat(preview.rows().get(1).warnings()).anyMatch(w -> w.startsWith("Replaces 16.7%"));
        assertThat(valueImport.importValues(sheet, mapping)).isEqualTo(2);
        assertThat(service.details(id).values()).extracting(ValueLine::base).containsExactly("20 of 60",
                "25 of 60");
    }

    private String name(long id) {
        given.as(given.admin);
        try {
            return service.details(id).summary().name();
        } finally {
            SignIn.out();
        }
    }

    private static SheetData sheet(String csv) {
        return SpreadsheetReader.read("values.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
