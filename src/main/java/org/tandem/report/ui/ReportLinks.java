package org.tandem.report.ui;

/** Where the report's files are served (org.tandem.report.ReportFiles). */
final class ReportLinks {

    private ReportLinks() {
    }

    static String page(long reportId) {
        return "reports/" + reportId + "/report.html";
    }

    static String pdf(long reportId) {
        return "reports/" + reportId + "/report.pdf";
    }

    static String preview(long halfTermId) {
        return "reports/preview/" + halfTermId + "/report.html";
    }
}
