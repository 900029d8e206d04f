package org.tandem.report;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A report as it was issued: its page, e-mail and PDF, the data it was built from and when. It has no method that
 * changes it and Hibernate treats it as immutable, so it stays as the board received it.
 */
@Entity
@Immutable
@Table(name = "issued_report")
class IssuedReport {

    /** Long enough that MariaDB keeps it in a LONGTEXT or LONGBLOB column (H2: CLOB and BLOB, see V10.1). */
    static final int LARGE = Integer.MAX_VALUE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "half_term_id", nullable = false, updatable = false)
    private long halfTermId;

    @Column(nullable = false, length = 300, updatable = false)
    private String title = "";

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt = Instant.EPOCH;

    @Column(name = "issued_by", nullable = false, length = 60, updatable = false)
    private String issuedBy = "";

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "page_html", nullable = false, updatable = false, length = LARGE)
    private String pageHtml = "";

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "email_html", nullable = false, updatable = false, length = LARGE)
    private String emailHtml = "";

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "email_text", nullable = false, updatable = false, length = LARGE)
    private String emailText = "";

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, length = LARGE)
    private byte[] pdf = new byte[0];

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "source_data", nullable = false, updatable = false, length = LARGE)
    private String sourceData = "";

    @Lob
    @Column(nullable = false, updatable = false, length = LARGE)
    private String figures = "";

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "issued_report_chart", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "chart_index")
    private List<StoredChart> charts = new ArrayList<>();

    protected IssuedReport() {
    }

    IssuedReport(long halfTermId, String title, Instant issuedAt, String issuedBy, ReportRenderer.Rendered rendered,
            String sourceData, String figures) {
        this.halfTermId = halfTermId;
        this.title = title;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.pageHtml = rendered.page();
        this.emailHtml = rendered.emailHtml();
        this.emailText = rendered.emailText();
        this.pdf = rendered.pdf();
        this.sourceData = sourceData;
        this.figures = figures;
        rendered.charts().forEach(chart -> charts.add(new StoredChart(chart.contentId(), chart.png(),
                chart.alternative())));
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getHalfTermId() {
        return halfTermId;
    }

    String getTitle() {
        return title;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    String getIssuedBy() {
        return issuedBy;
    }

    String getPageHtml() {
        return pageHtml;
    }

    String getEmailHtml() {
        return emailHtml;
    }

    String getEmailText() {
        return emailText;
    }

    byte[] getPdf() {
        return pdf;
    }

    String getSourceData() {
        return sourceData;
    }

    String getFigures() {
        return figures;
    }

    List<StoredChart> getCharts() {
        return List.copyOf(charts);
    }
}
