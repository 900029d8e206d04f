package org.tandem.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final List<ImportField> FIELDS = List.of(
            new ImportField("reference", "Reference", false, "Ref"),
            new ImportField("title", "Title", true, "Action"),
            new ImportField("owner", "Owner", false, "Lead"),
            new ImportField("dueDate", "Due date", false, "Deadline", "Target date"));

    @Test
    void headingsAreMatchedByNameAliasOrPartThereofIgnoringCaseAndPunctuation() {
        ColumnMapping guessed = ColumnMapping.guess(FIELDS,
                List.of("REF.", "Action", "Lead officer", "Target date (agreed)", "Notes"));
        assertThat(guessed.columns()).containsExactlyInAnyOrderEntriesOf(Map.of("reference", "REF.",
                "title", "Action", "owner", "Lead officer", "dueDate", "Target date (agreed)"));
    }

    @Test
    void anExactMatchWinsOverAPartialOneAndNoHeadingFillsTwoFields() {
        ColumnMapping guessed = ColumnMapping.guess(FIELDS, List.of("Action owner", "Owner", "Title"));
        assertThat(guessed.column("owner")).contains("Owner");
        assertThat(guessed.column("title")).contains("Title");
        assertThat(guessed.columns().values()).doesNotHaveDuplicates();
    }

    @Test
    void aRememberedMappingKeepsOnlyTheColumnsThisSheetHasAndGuessesTheRest() {
        ColumnMapping remembered = ColumnMapping.fromText("title=What we will do\nowner=Accountable\n");
        ColumnMapping offered = remembered.within(FIELDS, List.of("What we will do", "Lead", "Deadline"))
                .completedBy(FIELDS, List.of("What we will do", "Lead", "Deadline"));
        assertThat(offered.columns()).containsExactlyInAnyOrderEntriesOf(Map.of("title", "What we will do",
                "owner", "Lead", "dueDate", "Deadline"));
    }

    @Test
    void aMappingIsStoredAsReadableLinesAndReadBack() {
        ColumnMapping mapping = ColumnMapping.none().with("title", "Action = what we do").with("owner", "Lead")
                .with("dueDate", null);
        assertThat(mapping.toText()).isEqualTo("title=Action = what we do\nowner=Lead\n");
        assertThat(ColumnMapping.fromText(mapping.toText())).isEqualTo(mapping);
    }
}
