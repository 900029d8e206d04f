package org.tandem.report;

import java.util.List;

/**
 * A module's contribution to the board report. A module that is not built contributes nothing, so its part is
 * simply absent; once it exists, its bean appears and its sections with it. Called as the system user. A section
 * takes its place in the report from one of the orders below (sections of equal order keep the parts' order).
 */
public interface ReportPart {

    int HEADLINE = 0;
    int PRIORITIES = 100;
    int RISKS = 200;
    int SELF_EVALUATION = 300;
    int MEASURES = 350;
    int FAMILIES_VOICE = 400;
    int CO_PRODUCTION = 500;
    int UPDATE_COMPLIANCE = 600;
    int GLOSSARY = 900;

    List<ReportSection> sections(ReportContext context);
}
