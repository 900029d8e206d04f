package org.tandem.bench;

import java.util.List;
import java.util.Random;

/** Plausible partnership wording, so that generated rows are as long as real ones. */
final class Texts {

    static final List<String> ORGANISATIONS = List.of("Riverside Council", "Riverside and Vale Integrated Care Board",
            "Riverside Community Health NHS Trust", "Riverside Parent Carer Forum", "Oakfield Academy Trust",
            "Riverside College", "Little Steps Nursery Group", "Riverside Youth Voice", "Riverside SENDIASS",
            "Vale Mental Health Partnership", "St Anne's Special School", "Riverside Alternative Provision Academy",
            "Brookside Primary Federation", "Riverside Educational Psychology Service", "Carers Together Riverside");

    private static final List<String> PRIORITIES = List.of("Identify needs early and meet them well",
            "Timely, high-quality EHC needs assessments and plans", "Inclusive mainstream schools and settings",
            "Preparing for adulthood from the earliest years", "Joined-up health support for children with SEND",
            "Sufficient local specialist places", "Children and young people's voice in every decision",
            "Alternative provision that returns children to learning", "Emotional wellbeing and mental health",
            "Short breaks and support for families", "A sustainable high needs budget",
            "A confident, skilled SEND workforce");

    private static final List<String> WORKSTREAMS = List.of("Early years and early help", "EHCNA timeliness",
            "Annual reviews", "Inclusion in mainstream", "Preparing for adulthood", "Therapies and health",
            "Sufficiency and place planning", "Alternative provision", "Co-production and communication",
            "Workforce development", "Emotional wellbeing", "Transitions", "Short breaks", "Local Offer",
            "Data and quality assurance", "High needs funding", "Neurodiversity pathway", "SEN support in schools",
            "Post-16 pathways", "Attendance and exclusions");

    private static final List<String> VERBS = List.of("Introduce", "Review", "Extend", "Co-produce", "Publish",
            "Train", "Commission", "Pilot", "Embed", "Redesign", "Agree", "Evaluate");

    private static final List<String> OBJECTS = List.of("a graduated approach toolkit for every school",
            "the EHC plan quality assurance framework", "termly multi-agency panels for early years",
            "a preparing-for-adulthood pathway from Year 9", "the neurodevelopmental assessment waiting list",
            "a SENCO network with the educational psychology service", "the Local Offer pages on short breaks",
            "an annual review tracker shared with schools", "outreach from special schools into mainstream",
            "a parent carer forum seat on every workstream", "the alternative provision quality framework",
            "the high needs funding bands with school leaders", "speech and language support in nurseries",
            "supported internships with local employers", "a transition passport for moves between phases");

    private static final List<String> SENTENCES = List.of(
            "Twelve schools joined the pilot this half-term and the first feedback from SENCOs is positive.",
            "The panel met three times and agreed packages of support for 41 children without a plan.",
            "Families told us at the forum's coffee morning that letters are still hard to understand.",
            "We rewrote the template with the parent carer forum and tested it with eight families.",
            "Recruitment to the two educational psychologist posts is still open, which slows assessments.",
            "The share of new plans issued within 20 weeks rose from 48 to 57 per cent.",
            "Health advice now arrives on time in most cases; the therapies team has cleared its backlog.",
            "Next half-term we will extend the approach to the remaining primary schools in the east locality.",
            "The risk that funding ends in March has been raised with the board and is on the risk register.",
            "Young people from the youth voice group reviewed the pages and asked for shorter sentences.",
            "Attendance at training was good, with 64 staff from 30 settings taking part.",
            "We are behind plan because the data system change took longer than expected.",
            "An audit of 30 plans found outcomes better written, though health sections remain thin.",
            "The steering group agreed to move the due date so that the evaluation can include summer data.");

    private static final List<String> FIRST = List.of("Priya", "Tom", "Margaret", "Sam", "Dave", "Aisha", "Helen",
            "Chris", "Gareth", "Nadia", "Joanna", "Lucy", "Kai", "Fatima", "Owen", "Grace", "Ravi", "Ellen");

    private static final List<String> LAST = List.of("Shah", "Reeves", "Okafor", "Carter", "Hughes", "Rahman",
            "Wright", "Obi", "Evans", "Begum", "Price", "Mills", "Thompson", "Ali", "Jones", "Patel", "Brown");

    private final Random random;

    Texts(Random random) {
        this.random = random;
    }

    String personName(int index) {
        return FIRST.get(index % FIRST.size()) + " " + LAST.get((index / FIRST.size() + index) % LAST.size());
    }

    String priorityTitle(int number) {
        return PRIORITIES.get((number - 1) % PRIORITIES.size());
    }

    String workstreamName(int index) {
        String name = WORKSTREAMS.get(index % WORKSTREAMS.size());
        return index < WORKSTREAMS.size() ? name : name + " " + (index / WORKSTREAMS.size() + 1);
    }

    String actionTitle() {
        return "We will " + pick(VERBS).toLowerCase() + " " + pick(OBJECTS);
    }

    String outcome() {
        return "More children and young people say that " + pick(OBJECTS) + " made a difference to them.";
    }

    String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(pick(SENTENCES));
        }
        return text.toString();
    }

    /** What was done, what difference it made and what comes next: four to seven sentences. */
    String narrative() {
        return paragraph(4 + random.nextInt(4));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
