package org.tandem.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** A chart of an issued report, kept so that every retry of its e-mail carries the same picture. */
@Embeddable
class StoredChart {

    @Column(name = "content_id", nullable = false, length = 100)
    private String contentId = "";

    @Lob
    @Column(nullable = false, length = IssuedReport.LARGE)
    private byte[] png = new byte[0];

    @Column(nullable = false, length = 4000)
    private String alternative = "";

    protected StoredChart() {
    }

    StoredChart(String contentId, byte[] png, String alternative) {
        this.contentId = contentId;
        this.png = png;
        this.alternative = alternative.length() > 4000 ? alternative.substring(0, 3999) + "…" : alternative;
    }

    String getContentId() {
        return contentId;
    }

    byte[] getPng() {
        return png;
    }
}
