package org.tandem.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tandem.shared.spreadsheet.SpreadsheetReader;

/** The upload every spreadsheet import starts with: one .xlsx or .csv, no larger than the reader accepts. */
public final class SpreadsheetUpload {

    private SpreadsheetUpload() {
    }

    public static Upload of(BiConsumer<String, byte[]> received, Consumer<String> refused) {
        Upload upload = new Upload(new Limited((metadata, bytes) -> received.accept(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SpreadsheetReader.MAX_BYTES);
        upload.setAcceptedFileExtensions(".xlsx", ".csv"); // by name: browsers disagree on the type of a CSV
        upload.setUploadButton(new Button("Choose a spreadsheet (.xlsx or .csv)"));
        upload.setDropLabel(new Span("or drop it here"));
        upload.addFileRejectedListener(event -> refused.accept(event.getErrorMessage()));
        return upload;
    }

    /** Keeps the server from taking in more than the reader would accept, whatever the browser sends. */
    private static final class Limited extends InMemoryUploadHandler {

        Limited(InMemoryUploadCallback callback) {
            super(callback);
        }

        @Override
        public long getFileSizeMax() {
            return SpreadsheetReader.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return SpreadsheetReader.MAX_BYTES + 64 * 1024L;
        }
    }
}
