package org.tandem.report;

/** File names for downloads and attachments. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** "SEND partnership board report: Autumn 1 2026/27" becomes "send-partnership-board-report-autumn-1-2026-27.pdf". */
    static String pdfName(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "board-report" : slug) + ".pdf";
    }
}
