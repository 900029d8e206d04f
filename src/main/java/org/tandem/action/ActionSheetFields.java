package org.tandem.action;

import java.util.List;
import java.util.Locale;
import org.tandem.shared.spreadsheet.ImportField;

/**
 * The fields of an action-plan sheet and the import's options: what ActionImport offers for mapping and
 * what {@link ActionSheetParser} reads, kept apart so that neither of the two needs the other's constants.
 */
public final class ActionSheetFields {

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
    public static final String COMPLETED_ON = "completedOn";

    /** Option: an owner Tandem cannot match to one person is left empty, with a warning, instead of refusing the row. */
    public static final String UNKNOWN_OWNER_LEFT_EMPTY = "unknown-owner-left-empty";

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
            new ImportField(STATUS, "Status", false, "Progress status", "Current status", "RAG", "RAG status"),
            new ImportField(PERCENT_COMPLETE, "Percent complete", false, "% complete", "Percentage complete",
                    "Complete %", "Progress %", "Percent"),
            new ImportField(COMPLETED_ON, "Date completed", false, "Completed on", "Completed", "Date of completion",
                    "Actual completion date", "Completed date"));

    private ActionSheetFields() {
    }

    static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
