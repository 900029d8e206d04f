package org.tandem.measure.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.tandem.measure.ChartData;
import org.tandem.measure.MeasureCharts;
import org.tandem.measure.RagVerdict;
import org.tandem.shared.Rag;
import org.tandem.shared.ui.RagBadge;

/** The pieces every measure screen draws the same way: a chart as an image, a RAG in words, a plain table. */
final class MeasureText {

    private MeasureText() {
    }

    /** A chart drawn on the server as SVG when the browser asks for it, with its figures as alternative text. */
    static Image chart(ChartData data, int width, int height) {
        return svg(() -> MeasureCharts.svg(data, width, height), data.alternativeText(), width);
    }

    static Image svg(Supplier<byte[]> drawing, String alternative, int width) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = drawing.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "chart.svg", "image/svg+xml",
                    bytes.length);
        }), alternative);
        image.addClassName("measure-chart");
        image.getStyle().set("max-width", width + "px");
        return image;
    }

    /** The colour as a badge with its word, then why, so that nobody needs to tell the colours apart. */
    static Div rag(RagVerdict verdict) {
        return rag(verdict.rag(), verdict.why());
    }

    static Div rag(Rag rag, String why) {
        Div line = new Div(new RagBadge(rag), new Span(" " + rag.meaning() + ". " + why));
        line.addClassName("rag-line");
        return line;
    }

    static NativeTable table(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = head.addRow();
        headers.forEach(h -> {
            NativeTableHeaderCell cell = headRow.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        });
        NativeTableBody body = table.getBody();
        for (List<String> row : rows) {
            NativeTableRow line = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                NativeTableCell cell = line.addDataCell();
                cell.setText(row.get(i));
                cell.getElement().setAttribute("data-label", headers.get(i));
            }
        }
        table.addClassName("measure-table");
        return table;
    }
}
