package org.tandem.risk;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.report.ReportIssued;

/**
 * Keeps every open risk's residual score and level with each issued board report, so that the board sees a risk's
 * half-termly trend over years. It runs inside the issuing transaction: the snapshot and the report are kept
 * together or not at all, and a report issued twice (it never is) would find its snapshot taken.
 */
@Component
class RiskSnapshotKeeper {

    private final Risks risks;
    private final RiskSnapshots snapshots;

    RiskSnapshotKeeper(Risks risks, RiskSnapshots snapshots) {
        this.risks = risks;
        this.snapshots = snapshots;
    }

    @EventListener
    void on(ReportIssued issued) {
        if (snapshots.existsByReportId(issued.reportId())) {
            return;
        }
        List<RiskSnapshot> taken = risks.findAll((root, query, cb) -> cb.equal(root.get("status"), RiskStatus.OPEN))
                .stream().map(risk -> new RiskSnapshot(issued.reportId(), issued.halfTermId(), risk.getId(),
                        issued.producedAt(), risk.residual(), risk.getLevel())).toList();
        snapshots.saveAll(taken);
    }
}
