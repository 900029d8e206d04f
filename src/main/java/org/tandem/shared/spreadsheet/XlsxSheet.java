package org.tandem.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.tandem.shared.ValidationProblem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an Excel workbook, read as a stream of XML events (never as a whole workbook in memory), so
 * that a sheet with too many rows is refused as soon as the limit is passed. POI's secure XML reader is used,
 * and its zip-bomb guard applies while the package is opened.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static SheetData read(byte[] bytes, int maxRows) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(workbook);
            SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = usesDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ValidationProblem("file", "The workbook has no sheets.");
            }
            SheetCollector collector = new SheetCollector(maxRows);
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new XlsxSheetHandler(strings, styles, date1904, collector));
            }
            return collector.finish();
        } catch (ValidationProblem problem) {
            throw problem;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            ValidationProblem cause = problemIn(e);
            if (cause != null) {
                throw cause;
            }
            throw new ValidationProblem("file", "This file cannot be read as an Excel workbook. "
                    + SpreadsheetReader.WHAT_WE_READ);
        } finally {
            if (workbook != null) {
                workbook.revert(); // read only: close without writing anything back
            }
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser available", e);
        }
    }

    /** Workbooks from old Mac versions of Excel count dates from 1904 instead of 1900. */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
        }
        return found[0];
    }

    private static ValidationProblem problemIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ValidationProblem problem) {
                return problem;
            }
        }
        return null;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof SAXException sax && sax.getException() != null && sax.getException() != failure) {
            return sax.getException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
