package org.tandem.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;

/**
 * The first step of every spreadsheet import: what Tandem reads, the upload, and a status line that says what was
 * read or what is wrong with the file (read out by screen readers as it changes).
 */
public final class ImportFileStep extends Section {

    private final Upload upload;
    private final Paragraph message = new Paragraph();

    /** @param howItReads a sentence on what this import makes of the sheet, after the size limits */
    public ImportFileStep(String howItReads, BiConsumer<String, byte[]> received) {
        upload = SpreadsheetUpload.of(received, this::problem);
        message.setId("import-file-message");
        message.getElement().setAttribute("role", "status");
        add(new H2("1. Choose the spreadsheet"), new Paragraph(String.format(Locale.UK,
                "Tandem reads the first sheet of an Excel workbook (.xlsx) or a CSV file, up to %,d rows and %d MB. ",
                SpreadsheetReader.MAX_ROWS, SpreadsheetReader.MAX_BYTES / (1024 * 1024)) + howItReads), upload,
                message);
        addClassName("card");
    }

    /** Says what was read from the file and what to do next. */
    public void read(String filename, SheetData sheet) {
        say(String.format(Locale.UK, "%s: %,d rows under %d columns. Check the columns below, then preview.",
                filename, sheet.rows().size(), sheet.headers().size()));
    }

    /** The import is done: the file leaves the list and the line says what was imported. */
    public void done(String outcome) {
        upload.clearFileList();
        say(outcome);
    }

    public void problem(String problem) {
        message.setText(problem);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        Notifications.error(problem);
    }

    public void clear() {
        say("");
    }

    public String message() {
        return message.getText();
    }

    public Upload upload() {
        return upload;
    }

    private void say(String text) {
        message.setText(text);
        message.getStyle().remove("color");
    }
}
