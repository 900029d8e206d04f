/**
 * The half-termly board report: other modules contribute sections through {@link org.tandem.report.ReportPart};
 * this module composes, renders (HTML, e-mail, tagged PDF), archives, schedules and distributes it.
 */
@NullMarked
package org.tandem.report;

import org.jspecify.annotations.NullMarked;
