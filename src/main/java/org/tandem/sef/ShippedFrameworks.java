package org.tandem.sef;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two frameworks Tandem ships, written in our own words after the inspectorates' headings: the Ofsted and CQC
 * area SEND framework in use since 2023 (as updated in June 2025), and the earlier three-question framework
 * (2016 to 2022). Added once, at start-up, before the demo data; found again by their keys, never changed after.
 */
@Component
@Order(5)
class ShippedFrameworks implements ApplicationRunner {

    static final String AREA_SEND_2023 = "area-send-2023";
    static final String THREE_QUESTIONS = "area-send-2016";

    record Area(String title, String description, List<String[]> criteria) {
    }

    private final Templates templates;
    private final ReadinessItems readiness;
    private final TransactionTemplate transaction;

    ShippedFrameworks(Templates templates, ReadinessItems readiness, TransactionTemplate transaction) {
        this.templates = templates;
        this.readiness = readiness;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (templates.findByShippedKey(AREA_SEND_2023).isEmpty()) {
                templates.save(build(new FrameworkTemplate("Area SEND framework (Ofsted and CQC, 2023, updated 2025)",
                        "How well the partnership's arrangements work for children and young people with SEND and "
                                + "their families, and how well partners plan, check and improve them together.",
                        "Arrangements typically lead to positive experiences and outcomes\n"
                                + "Arrangements lead to inconsistent experiences and outcomes\n"
                                + "Widespread or systemic failings leading to significant concerns",
                        AREA_SEND_2023), areaSend2023()));
            }
            if (templates.findByShippedKey(THREE_QUESTIONS).isEmpty()) {
                templates.save(build(new FrameworkTemplate("Three-question framework (area SEND, 2016 to 2022)",
                        "The earlier framework: how well the area identifies needs, assesses and meets them, and "
                                + "improves outcomes.",
                        "Written statement of action required\nNo written statement of action required",
                        THREE_QUESTIONS), threeQuestions()));
            }
            if (readiness.count() == 0) {
                int position = 1;
                for (String[] item : READINESS) {
                    readiness.save(new ReadinessItem(position++, item[0], item[1]));
                }
            }
        });
    }

    /** A first readiness list, in our words, of what inspectors ask for as an inspection starts; admins adapt it. */
    static final String[][] READINESS = {
        {"Self-evaluation summary", "The partnership's current self-evaluation, with its judgements and evidence."},
        {"SEND strategy and improvement plan", "The strategy, its priorities and the action plan delivering them."},
        {"Governance and accountability", "How the partnership board works: terms of reference, membership, "
                + "minutes and who answers for what."},
        {"Understanding of need", "The joint strategic needs assessment and the SEND data the partners use."},
        {"Joint commissioning", "How services and places are commissioned together, including alternative "
                + "provision and how it is overseen."},
        {"EHC needs assessments and plans", "Timeliness and quality of assessments, plans and annual reviews."},
        {"Co-production with families", "How parent carers, children and young people shape services, and what "
                + "changed as a result."},
        {"Local Offer", "The published Local Offer and how families find and use it."},
        {"Complaints, mediation and tribunals", "Volumes, themes and what was learned."},
        {"Workforce and multi-agency practice", "Training, quality assurance and how agencies work together."}};

    private static FrameworkTemplate build(FrameworkTemplate template, List<Area> areas) {
        for (Area area : areas) {
            FrameworkArea added = template.addArea(area.title(), area.description());
            area.criteria().forEach(c -> added.addCriterion(c[0], c[1]));
        }
        return template;
    }

    static List<Area> areaSend2023() {
        return List.of(
                new Area("Impact on children's and young people's experiences and outcomes",
                        "What the arrangements mean for children and young people with SEND and their families.",
                        List.of(
                                new String[] {"Needs are identified and assessed in time",
                                    "Needs are spotted early and accurately, and assessments (including EHC needs "
                                            + "assessments) are thorough and finished on time."},
                                new String[] {"Children, young people and families take part in decisions",
                                    "They shape their own plans and support, are listened to, and understand how "
                                            + "decisions about them are made."},
                                new String[] {"The right help at the right time",
                                    "Education, health and care support matches needs, arrives without long waits, "
                                            + "and is reviewed as needs change."},
                                new String[] {"Prepared for next steps and achieving well",
                                    "Children and young people move well between phases and towards adulthood: "
                                            + "work, independent living, community and good health."},
                                new String[] {"Valued, visible and included",
                                    "Children and young people belong in their schools and communities, take part "
                                            + "in ordinary life, and are safe."})),
                new Area("How partners plan, evaluate and develop the arrangements together",
                        "How leaders across education, health and care run the local system as one partnership.",
                        List.of(
                                new String[] {"Leaders are ambitious for children and young people with SEND",
                                    "A shared, high ambition, with clear roles and accountability across partners."},
                                new String[] {"Leaders work with children, young people and families",
                                    "Co-production with families and young people is real and changes what is "
                                            + "done."},
                                new String[] {"A shared and accurate understanding of need",
                                    "Partners use data and what families say to understand local needs now and to "
                                            + "come."},
                                new String[] {"Commissioning meets needs and aspirations, including alternative "
                                        + "provision",
                                    "Services and places are planned and bought jointly, and alternative provision "
                                            + "is commissioned and overseen well."},
                                new String[] {"Leaders evaluate services and make improvements",
                                    "Partners check the difference services make and act on what they find."},
                                new String[] {"Effective practice and multi-agency working flourish",
                                    "Practitioners are supported, trained and able to work across agencies for each "
                                            + "child."})));
    }

    static List<Area> threeQuestions() {
        return List.of(
                new Area("Identifying children and young people's needs",
                        "How effectively the area identifies children and young people who have SEND.",
                        List.<String[]>of(new String[] {"Needs are identified early and accurately",
                            "From early years onwards, by every partner, including health checks and school "
                                    + "screening."})),
                new Area("Assessing and meeting needs",
                        "How effectively the area assesses and meets the needs of children and young people with "
                                + "SEND.",
                        List.of(new String[] {"Assessments are timely and of good quality",
                                    "EHC needs assessments and plans are on time and capture needs and aspirations."},
                                new String[] {"Needs are met by joined-up support",
                                    "Education, health and care work together to deliver what plans promise."})),
                new Area("Improving outcomes",
                        "How effectively the area improves outcomes for children and young people with SEND.",
                        List.<String[]>of(new String[] {"Outcomes improve",
                            "Attainment, attendance, health, and preparation for adulthood improve over time."})));
    }
}
