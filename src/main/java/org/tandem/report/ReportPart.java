package org.tandem.report;

import java.util.List;

/**
 * A module's contribution to the board report. A module that is not built contributes nothing, so its part is
 * simply absent; once it exists, its bean appears and its sections with it. Called as the system user.
 * Section order: headline 0, priorities 100, risks 200, SEF 300, families' voice 400, co-production 500,
 * update compliance 600.
 */
public interface ReportPart {

    List<ReportSection> sections(ReportContext context);
}
