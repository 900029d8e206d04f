package org.tandem.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archived report's page and PDF, and an admin's preview, as files. The service decides who may read them.
 * The page is shown in a frame on the report's screen; its policy lets it hold no script and load nothing.
 */
@RestController
class ReportFiles {

    static final String POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'";

    private final ReportService reports;

    ReportFiles(ReportService reports) {
        this.reports = reports;
    }

    /** "SEND partnership board report: Autumn 1 2026/27" becomes "send-partnership-board-report-autumn-1-2026-27.pdf". */
    static String pdfName(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "board-report" : slug) + ".pdf";
    }

    @GetMapping("/reports/{id}/report.html")
    ResponseEntity<String> page(@PathVariable long id) {
        return reports.page(id).map(ReportFiles::html).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/reports/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return reports.pdf(id).map(file -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore()).body(file.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/reports/preview/{halfTermId}/report.html")
    ResponseEntity<String> preview(@PathVariable long halfTermId) {
        try {
            return html(reports.preview(halfTermId));
        } catch (org.tandem.shared.ValidationProblem noSuchHalfTerm) {
            return ResponseEntity.notFound().build();
        }
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY).cacheControl(CacheControl.noStore()).body(page);
    }
}
