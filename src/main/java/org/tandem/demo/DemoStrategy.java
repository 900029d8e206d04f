package org.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import org.tandem.strategy.StrategyDraft;

/** The demo partnership's strategy: its vision, principles and five priorities, in our own words. */
final class DemoStrategy {

    static final String NAME = "Riverside SEND and AP Strategy 2025 to 2028";
    static final LocalDate APPROVED_ON = LocalDate.of(2025, 7, 9);
    static final String APPROVED_BY = "Riverside SEND and AP Partnership Board";

    private static final String VISION = """
            Children and young people with special educational needs and disabilities in Riverside live ordinary \
            lives. They learn, play and make friends close to home; people who know them notice their needs early \
            and meet them well; and they grow up ready for the adult life they choose. Their families are partners \
            in every decision about them, not visitors to it.""";

    private static final String PRINCIPLES = """
            We start from the child and the family, not from the service.
            We meet needs early and close to home, in ordinary settings wherever we can.
            We decide with families and young people, not for them: co-production is how we work, not an extra.
            We share one plan and one set of facts across education, health and care.
            We spend public money where it makes the most difference, and say how we spent it.
            We say plainly what we will do, and report honestly when we have not done it.""";

    /** One priority, with its board sponsor's username and its lead partner. */
    record Priority(int number, String title, String description, List<String> outcomes, String sponsor,
            DemoOrganisation leadPartner) {
    }

    private DemoStrategy() {
    }

    static StrategyDraft draft() {
        StrategyDraft draft = new StrategyDraft();
        draft.setName(NAME);
        draft.setPeriodFrom(LocalDate.of(2025, 9, 1));
        draft.setPeriodTo(LocalDate.of(2028, 8, 31));
        draft.setVision(VISION);
        draft.setPrinciples(PRINCIPLES);
        return draft;
    }

    static List<Priority> priorities() {
        return List.of(
                new Priority(1, "Timely, good-quality EHC plans", """
                        Needs assessments finish within the legal time limit, EHC plans describe the child as \
                        their family knows them, and annual reviews happen on time and change things.""",
                        List.of("Families get a decision on a needs assessment within 20 weeks, and know at "
                                        + "every stage where their request has got to.",
                                "Children and young people recognise themselves in their plan, and its outcomes "
                                        + "say what will be different for them and by when.",
                                "Annual reviews happen on time, and plans change when needs change."),
                        "board", DemoOrganisation.COUNCIL),
                new Priority(2, "Needs met early in mainstream settings", """
                        Early years settings, schools and colleges notice needs early and meet them through the \
                        graduated approach, with the same good SEN support wherever a child goes.""",
                        List.of("Children get help in their nursery, school or college as soon as a need shows, "
                                        + "without waiting for a diagnosis or a plan.",
                                "Families know what support every school and setting offers, described in plain "
                                        + "words.",
                                "Fewer children with SEND are suspended, excluded or out of school because "
                                        + "their needs were not met."),
                        "helen.wright", DemoOrganisation.SCHOOLS),
                new Priority(3, "Preparing for adulthood from the earliest years", """
                        Young people and their families plan early for work, a home, friends and good health, \
                        and find real choices after 16 close to home.""",
                        List.of("Young people with SEND can choose from courses, training and work after 16 "
                                        + "without travelling far from home.",
                                "Planning for adult life starts in Year 9, and the move to adult services "
                                        + "happens without a gap in care.",
                                "More young adults with SEND live as independently as they want, with friends "
                                        + "and a part in community life."),
                        "board", DemoOrganisation.COLLEGE),
                new Priority(4, "Health, therapies and emotional wellbeing", """
                        Children wait less for therapies and assessments, get help while they wait, and find \
                        support for their emotional wellbeing in the places they already go.""",
                        List.of("Children wait less for speech and language therapy, occupational therapy and "
                                        + "autism and ADHD assessment, and their families get support while "
                                        + "they wait.",
                                "Children and young people get early help with anxiety and low mood in school, "
                                        + "college and the community.",
                                "Health advice for needs assessments arrives on time, written so that families "
                                        + "can understand it too.",
                                "Young people with a learning disability have an annual health check from 14."),
                        "aisha.rahman", DemoOrganisation.ICB),
                new Priority(5, "Co-production and communication with families", """
                        Families and young people shape services from the start, can find clear information, \
                        and can see what changed because of what they said.""",
                        List.of("Families and young people help design services from the start, and can see "
                                        + "what changed because of what they told us.",
                                "Families find clear, up-to-date information on the Local Offer and know who "
                                        + "to contact.",
                                "Families feel listened to, and fewer disagreements end in complaints or at the "
                                        + "tribunal."),
                        "chris.obi", DemoOrganisation.FORUM));
    }
}
