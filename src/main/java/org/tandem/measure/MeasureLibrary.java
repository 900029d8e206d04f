package org.tandem.measure;

import java.util.List;

/**
 * Common measures of SEND partnerships, described in our own words. No values and no targets come with them:
 * a partnership that adopts one sets its own baseline and target from its own figures.
 */
final class MeasureLibrary {

    private MeasureLibrary() {
    }

    static final List<LibraryMeasure> ALL = List.of(
            entry("EHCP_20_WEEKS", "New EHC plans issued within 20 weeks",
                    "Of the new education, health and care plans issued in the period, the share issued within "
                            + "the 20 weeks the law allows from the request for an assessment, leaving out plans "
                            + "where one of the exceptions in the regulations applied.",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.HALF_TERMLY,
                    "Council SEND case management system; SEN2 return", false),
            entry("ND_WAIT", "Waiting time for a neurodevelopmental assessment",
                    "The median time, in weeks, that children and young people referred for an autism or ADHD "
                            + "assessment waited from referral to the assessment starting.",
                    Unit.WEEKS, Polarity.LOWER_IS_BETTER, Frequency.HALF_TERMLY,
                    "Integrated care board; community paediatrics and CAMHS waiting lists", false),
            entry("SEND_EET_16_17", "16 and 17 year olds with SEND in education, employment or training",
                    "Of young people aged 16 and 17 with SEN support or an EHC plan who live in the area, the "
                            + "share known to be in education, employment or training.",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.TERMLY,
                    "Council tracking of young people's participation (NCCIS)", false),
            entry("EHCP_SUSPENSIONS", "Suspensions of pupils with EHC plans",
                    "Suspensions of pupils with an EHC plan in the area's schools, per 10,000 pupils with an "
                            + "EHC plan.",
                    Unit.RATE_PER_10000, Polarity.LOWER_IS_BETTER, Frequency.YEARLY,
                    "DfE suspensions and permanent exclusions statistics; school census", false),
            entry("EHCP_EXCLUSIONS", "Permanent exclusions of pupils with EHC plans",
                    "Permanent exclusions of pupils with an EHC plan in the area's schools, per 10,000 pupils "
                            + "with an EHC plan.",
                    Unit.RATE_PER_10000, Polarity.LOWER_IS_BETTER, Frequency.YEARLY,
                    "DfE suspensions and permanent exclusions statistics; school census", false),
            entry("SUPPORTED_INTERNSHIPS", "Young people on supported internships",
                    "The number of young people with an EHC plan on a supported internship (a study programme "
                            + "based mostly with an employer) during the year.",
                    Unit.NUMBER, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY,
                    "Council post-16 commissioning; college returns", false),
            entry("EHCP_MAINSTREAM", "Pupils with EHC plans in mainstream schools",
                    "Of the area's pupils with an EHC plan, the share who attend a mainstream school (including "
                            + "resourced provision and units within mainstream schools).",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY,
                    "SEN2 return; school census", false),
            entry("PARENT_SATISFACTION", "Parent carers satisfied with support for their child",
                    "Of parent carers who answered the partnership's survey, the share who said they were "
                            + "satisfied or very satisfied with the support their child receives.",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY,
                    "Parent carer forum survey", true),
            entry("LD_HEALTH_CHECKS", "Annual health checks for young people with a learning disability",
                    "Of people aged 14 and over on a GP learning disability register, the share who had an "
                            + "annual health check in the year.",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.TERMLY,
                    "NHS England learning disability health check data; GP practices", false));

    private static LibraryMeasure entry(String code, String name, String definition, Unit unit, Polarity polarity,
            Frequency frequency, String source, boolean experience) {
        return new LibraryMeasure(code, name, definition, unit, polarity, frequency, source, experience, false);
    }
}
