package org.tandem.demo;

import java.util.List;

/** The six workstreams of the demo plan, each led by one of the demo workstream leads. */
enum DemoWorkstream {
    EHC_PLANS("EHC assessment and planning", "Makes needs assessments timely and EHC plans good: tracks every "
            + "assessment, checks the quality of plans with families and keeps annual reviews on time.",
            "gareth.evans", List.of("dave.hughes", "lucy.mills", "lead"), List.of(1)),
    INCLUSION("Early identification and inclusion", "Helps early years settings, schools and colleges notice "
            + "needs early and meet them well through the graduated approach, so that fewer children need a plan "
            + "to get help.", "nadia.begum", List.of("gareth.evans", "forum"), List.of(2)),
    ADULTHOOD("Preparing for adulthood", "Plans with young people from Year 9 for work, a home, friends and "
            + "health, and widens the choices open to them after 16.",
            "joanna.price", List.of("gareth.evans", "kai.thompson"), List.of(3)),
    THERAPIES("Therapies and neurodevelopmental pathway", "Shortens waits for therapies and for autism and ADHD "
            + "assessment, supports families while they wait and gets health advice for EHC plans in on time.",
            "lead", List.of("nadia.begum", "lucy.mills"), List.of(4, 1)),
    WELLBEING("Emotional wellbeing and belonging", "Brings health, schools and youth services together on "
            + "emotional wellbeing, attendance and exclusions, so that children get help early in places they "
            + "already go.", "lead", List.of("joanna.price", "kai.thompson", "gareth.evans"), List.of(4, 2)),
    CO_PRODUCTION("Co-production and communication", "Makes co-production the way the partnership works: the "
            + "charter, the Local Offer, \"you said, we did\" and keeping families and young people informed.",
            "gareth.evans", List.of("forum", "lucy.mills", "kai.thompson", "dave.hughes"), List.of(5));

    private final String displayName;
    private final String purpose;
    private final String lead;
    private final List<String> members;
    private final List<Integer> priorityNumbers;

    DemoWorkstream(String displayName, String purpose, String lead, List<String> members,
            List<Integer> priorityNumbers) {
        this.displayName = displayName;
        this.purpose = purpose;
        this.lead = lead;
        this.members = members;
        this.priorityNumbers = priorityNumbers;
    }

    String displayName() {
        return displayName;
    }

    String purpose() {
        return purpose;
    }

    /** The lead's username. */
    String lead() {
        return lead;
    }

    List<String> members() {
        return members;
    }

    List<Integer> priorityNumbers() {
        return priorityNumbers;
    }
}
