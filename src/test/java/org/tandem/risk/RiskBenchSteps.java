package org.tandem.risk;

import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.data.domain.PageRequest;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.report.ReportContext;
import org.tandem.support.SignIn;

/** What people do on the risk register, as steps the query-count test and the benchmark both time and count. */
final class RiskBenchSteps {

    private RiskBenchSteps() {
    }

    record Step(String name, IntSupplier run) {
    }

    static List<Step> of(RiskRegister register, RiskHeatMap heatMap, RiskReportPart part, String admin,
            long riskId, HalfTermInfo halfTerm) {
        return List.of(
                new Step("open the register (first page)", () -> {
                    SignIn.as(admin, Role.ADMIN);
                    int shown = register.list(RiskFilter.none(), PageRequest.of(0, 50)).getNumberOfElements();
                    register.count(RiskFilter.none());
                    return shown;
                }),
                new Step("filter: above appetite, failing", () -> {
                    SignIn.as(admin, Role.ADMIN);
                    return register.list(RiskFilter.none().withAboveAppetite(true).withMitigationFailing(true),
                            PageRequest.of(0, 50)).getNumberOfElements();
                }),
                new Step("heat map", () -> {
                    SignIn.as(admin, Role.ADMIN);
                    return heatMap.of(Basis.RESIDUAL).total();
                }),
                new Step("open a risk page", () -> {
                    SignIn.as(admin, Role.ADMIN);
                    register.details(riskId);
                    register.escalations(riskId);
                    register.tolerances(riskId);
                    register.snapshots(riskId);
                    return register.reviews(riskId).size();
                }),
                new Step("report's risk section", () -> SystemAuthentication.call(() -> part.sections(
                        new ReportContext(halfTerm, halfTerm.end(), Instant.now(), java.util.Map.of(), false))
                        .getFirst().blocks().size())));
    }
}
