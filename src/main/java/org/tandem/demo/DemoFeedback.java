package org.tandem.demo;

import static org.tandem.feedback.ResponseKind.COULD_NOT_DO;
import static org.tandem.feedback.ResponseKind.DONE;
import static org.tandem.feedback.ResponseKind.IN_PROGRESS;
import static org.tandem.feedback.Stage.AGREED;
import static org.tandem.feedback.Stage.ARCHIVED;
import static org.tandem.feedback.Stage.ASSIGNED;
import static org.tandem.feedback.Stage.LOGGED;
import static org.tandem.feedback.Stage.PUBLISHED;
import static org.tandem.feedback.Stage.RESPONSE_DRAFTED;
import static org.tandem.feedback.Stage.WITHDRAWN;
import static org.tandem.feedback.VoiceGroup.CHILDREN_AND_YOUNG_PEOPLE;
import static org.tandem.feedback.VoiceGroup.PARENTS_AND_CARERS;
import static org.tandem.feedback.VoiceGroup.PROFESSIONALS;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackSeed;
import org.tandem.feedback.FeedbackSeeding;
import org.tandem.feedback.ResponseDraft;
import org.tandem.feedback.ResponseKind;
import org.tandem.feedback.Stage;
import org.tandem.feedback.VoiceGroup;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Thirty pieces of "you said, we did" at every stage, in our own words (no real children, families or schools),
 * dated back from today so that some wait past the 28 days. It runs after {@link DemoData} (which makes the
 * people, partners and strategy it refers to) as a runner of its own, so that DemoData and its test stay as
 * they were; like DemoData it loads only in the default profile and only what is missing.
 */
@Component
@Profile("default")
@Order(20)
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

    // The codes of the channels and themes the lists start with (V9__feedback_lists.sql).
    private static final String FORUM_MEETING = "FORUM_MEETING";
    private static final String SURVEY = "SURVEY";
    private static final String EVENT = "EVENT";
    private static final String YOUNG_PEOPLES_GROUP = "YOUNG_PEOPLES_GROUP";
    private static final String SENDIASS = "SENDIASS";
    private static final String COMPLAINTS_THEME = "COMPLAINTS_THEME";
    private static final String EHC_PLANS = "EHC_PLANS";
    private static final String COMMUNICATION = "COMMUNICATION";
    private static final String TRANSPORT = "TRANSPORT";
    private static final String MENTAL_HEALTH = "MENTAL_HEALTH";
    private static final String SHORT_BREAKS = "SHORT_BREAKS";
    private static final String PREPARING_FOR_ADULTHOOD = "PREPARING_FOR_ADULTHOOD";
    private static final String OTHER = "OTHER";

    private final FeedbackSeeding seeding;
    private final UserService users;
    private final OrganisationService organisations;
    private final StrategyService strategy;
    private final Clock clock;

    DemoFeedback(FeedbackSeeding seeding, UserService users, OrganisationService organisations,
            StrategyService strategy, Clock clock) {
        this.seeding = seeding;
        this.users = users;
        this.organisations = organisations;
        this.strategy = strategy;
        this.clock = clock;
    }

    /** One demo item; the response and wording are left null for items that have not got that far. */
    record Item(Stage stage, int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, @Nullable String officer,
            @Nullable DemoOrganisation organisation, @Nullable ResponseKind kind, @Nullable String response,
            @Nullable String reason, @Nullable String youSaid, @Nullable String weDid) {
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seed);
    }

    void seed() {
        Map<String, Long> people = users.everyone().stream().collect(Collectors.toMap(Person::username, Person::id));
        Map<String, Long> partners = organisations.list().stream()
                .collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id));
        Map<Integer, Long> priorities = strategy.priorities().stream()
                .collect(Collectors.toMap(PriorityInfo::number, PriorityInfo::id));
        int added = 0;
        for (Item item : items()) {
            FeedbackDraft draft = new FeedbackDraft();
            draft.setWhatWasSaid(item.said());
            LocalDate loggedOn = LocalDate.now(clock).minusDays(item.daysAgo());
            draft.setSaidOn(loggedOn.minusDays(2));
            draft.setChannel(item.channel());
            draft.setVoiceGroup(item.from());
            draft.setPeopleCount(item.people());
            draft.setThemes(item.themes());
            draft.setPriorityIds(item.priorities().stream().map(priorities::get).filter(id -> id != null)
                    .collect(Collectors.toSet()));
            String reason = item.kind() == COULD_NOT_DO ? item.reason() : null;
            FeedbackSeed seed = new FeedbackSeed(draft, item.rep(), clock.instant().minus(Duration.ofDays(
                    item.daysAgo())), item.stage(),
                    item.organisation() == null ? null : partners.get(item.organisation().displayName()),
                    item.officer() == null ? null : people.get(item.officer()), item.officer(),
                    item.kind() == null ? null : new ResponseDraft(item.kind(), item.response(), reason, Set.of()),
                    item.youSaid(), item.weDid(), item.stage() == WITHDRAWN
                            ? "The forum asked us to reword it after the service changed again." : null);
            if (seeding.feedback(seed).isPresent()) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo feedback: {} you said, we did items added", added);
        }
    }

    static List<Item> items() {
        return List.of(
                logged(2, "forum", FORUM_MEETING, PARENTS_AND_CARERS, 14, Set.of(EHC_PLANS), Set.of(1),
                        "Parents said they only found out their child's draft plan was ready when the deadline "
                                + "to comment had nearly passed."),
                logged(1, "kai.thompson", YOUNG_PEOPLES_GROUP, CHILDREN_AND_YOUNG_PEOPLE, 9,
                        Set.of(PREPARING_FOR_ADULTHOOD), Set.of(3),
                        "Young people want to try out college for a day before they choose a course."),
                logged(3, "lucy.mills", SURVEY, PARENTS_AND_CARERS, 112, Set.of(COMMUNICATION), Set.of(5),
                        "Survey answers: the Local Offer search does not find things when you use everyday words."),
                logged(40, "forum", SENDIASS, PARENTS_AND_CARERS, 6, Set.of(TRANSPORT), Set.of(2),
                        "Families told SENDIASS that changes to bus routes are sent by letter after they start."),
                logged(33, "chris.obi", EVENT, PROFESSIONALS, 20, Set.of(MENTAL_HEALTH), Set.of(4),
                        "SENCOs at the autumn conference said they do not know who to call while a child waits "
                                + "for an emotional wellbeing assessment."),
                assigned(6, "forum", FORUM_MEETING, PARENTS_AND_CARERS, 11, Set.of(SHORT_BREAKS), Set.of(4),
                        "Parents said short breaks for the summer holidays were fully booked by Easter.",
                        "gareth.evans", DemoOrganisation.COUNCIL),
                assigned(10, "lucy.mills", COMPLAINTS_THEME, PARENTS_AND_CARERS, 8, Set.of(EHC_PLANS), Set.of(1),
                        "Complaints show that annual review paperwork often reaches families the night before.",
                        "gareth.evans", DemoOrganisation.COUNCIL),
                assigned(45, "kai.thompson", YOUNG_PEOPLES_GROUP, CHILDREN_AND_YOUNG_PEOPLE, 7,
                        Set.of(MENTAL_HEALTH), Set.of(4),
                        "Young people asked for a quiet place to go in school when things get too much.",
                        "lead", DemoOrganisation.TRUST),
                assigned(38, "forum", SURVEY, PARENTS_AND_CARERS, 64, Set.of(COMMUNICATION, EHC_PLANS), Set.of(5),
                        "Survey: families want one named person to contact during an assessment.",
                        "gareth.evans", DemoOrganisation.COUNCIL),
                assigned(12, "chris.obi", EVENT, PARENTS_AND_CARERS, 25, Set.of(PREPARING_FOR_ADULTHOOD),
                        Set.of(3), "Parents of Year 9 pupils said the first adulthood review came as a shock.",
                        "joanna.price", DemoOrganisation.COLLEGE),
                drafted(20, "forum", FORUM_MEETING, PARENTS_AND_CARERS, 13, Set.of(TRANSPORT), Set.of(2),
                        "Parents asked that drivers and escorts stay the same through the year.", "gareth.evans",
                        DemoOrganisation.COUNCIL, IN_PROGRESS,
                        "The new transport contract from April asks providers to keep the same crew on a route.",
                        null, null, null),
                drafted(22, "lucy.mills", SURVEY, PARENTS_AND_CARERS, 58, Set.of(COMMUNICATION), Set.of(2),
                        "Families of under-fives said they did not know what help a nursery should give without "
                                + "a plan.", "nadia.begum", DemoOrganisation.EARLY_YEARS, DONE,
                        "We wrote a one-page guide for families on help in early years settings.", null,
                        "Families of young children did not know what help nurseries should give.",
                        "We wrote a one-page guide with the forum, now given out by every nursery."),
                drafted(25, "kai.thompson", YOUNG_PEOPLES_GROUP, CHILDREN_AND_YOUNG_PEOPLE, 6,
                        Set.of(COMMUNICATION), Set.of(5),
                        "Young people said letters about their own plan are written only to their parents.",
                        "gareth.evans", DemoOrganisation.COUNCIL, DONE,
                        "From January young people over 16 get their own copy, written for them.", null, null,
                        null),
                drafted(30, "chris.obi", FORUM_MEETING, PARENTS_AND_CARERS, 10, Set.of(SHORT_BREAKS), Set.of(4),
                        "Parents want short breaks at weekends, not only after school.", "lead",
                        DemoOrganisation.TRUST, COULD_NOT_DO, "We looked at weekend sessions with two providers.",
                        "Neither provider could staff weekends this year; we will ask again when the contract is "
                                + "renewed.", null, null),
                agreed(24, "forum", EVENT, PARENTS_AND_CARERS, 30, Set.of(EHC_PLANS), Set.of(1),
                        "At the spring event parents said the plan did not sound like their child.", "gareth.evans",
                        DemoOrganisation.COUNCIL, IN_PROGRESS,
                        "Caseworkers are being trained to write plans with families.",
                        "You told us EHC plans did not sound like your child.",
                        "Every caseworker is being trained to write plans with families; half have been so far."),
                agreed(27, "lucy.mills", FORUM_MEETING, PARENTS_AND_CARERS, 9, Set.of(COMMUNICATION), Set.of(2),
                        "Parents said staff at one academy did not know about the graduated approach.", "lead",
                        DemoOrganisation.SCHOOLS, DONE, "The trust ran training for all its teaching assistants.",
                        "You told us staff at Oakfield did not know about the graduated approach.",
                        "The school trust trained all its teaching assistants in the graduated approach."),
                agreed(21, "kai.thompson", YOUNG_PEOPLES_GROUP, CHILDREN_AND_YOUNG_PEOPLE, 12,
                        Set.of(PREPARING_FOR_ADULTHOOD), Set.of(3),
                        "Young people asked for help to travel on their own.", "joanna.price",
                        DemoOrganisation.COLLEGE, IN_PROGRESS, "A travel training pilot starts next term.",
                        "You asked for help to learn to travel on your own.",
                        "We are starting travel training at the college next term, for 20 students at first."),
                published(60, "forum", SURVEY, PARENTS_AND_CARERS, 140, Set.of(EHC_PLANS), Set.of(1),
                        "Survey: parents said they never knew where their assessment had got to.", "gareth.evans",
                        DemoOrganisation.COUNCIL, DONE, "Families now get a text at each step of the assessment.",
                        "You told us you never knew where your child's assessment had got to.",
                        "We now send you a text message at each step, and the caseworker's name and number."),
                published(75, "lucy.mills", FORUM_MEETING, PARENTS_AND_CARERS, 16, Set.of(TRANSPORT), Set.of(2),
                        "Parents said the transport application form was too long.", "gareth.evans",
                        DemoOrganisation.COUNCIL, DONE, "The form went from eleven pages to four.",
                        "You told us the school transport form was far too long.",
                        "We rewrote it with the forum: it is now four pages, and you can fill it in online."),
                published(90, "kai.thompson", YOUNG_PEOPLES_GROUP, CHILDREN_AND_YOUNG_PEOPLE, 11,
                        Set.of(MENTAL_HEALTH), Set.of(4), "Young people said waiting for CAMHS felt like being "
                                + "forgotten.", "lead", DemoOrganisation.TRUST, IN_PROGRESS,
                        "A wellbeing worker now calls every month while a young person waits.",
                        "You told us waiting for mental health support felt like being forgotten.",
                        "While you wait, a wellbeing worker now calls you every month. We are also working to "
                                + "make the wait shorter."),
                published(120, "forum", EVENT, PARENTS_AND_CARERS, 45, Set.of(SHORT_BREAKS), Set.of(4),
                        "Parents at the summer event asked for short breaks for children with complex health "
                                + "needs.", "lead", DemoOrganisation.TRUST, COULD_NOT_DO,
                        "We could not find a provider with nursing staff.",
                        "You asked for short breaks for children with complex health needs.",
                        "We could not do this yet: no provider near us has the nursing staff. We have asked the "
                                + "health board to fund training, and will tell you what they decide."),
                published(100, "chris.obi", FORUM_MEETING, PARENTS_AND_CARERS, 12,
                        Set.of(COMMUNICATION), Set.of(5), "Parents said the Local Offer website is hard to use "
                                + "on a phone.", "gareth.evans", DemoOrganisation.COUNCIL, DONE,
                        "The website was rebuilt for phones and tested with families.",
                        "You told us the Local Offer website was hard to use on a phone.",
                        "We rebuilt it for phones and tested it with twelve families before it went live."),
                published(140, "forum", SENDIASS, PARENTS_AND_CARERS, 18, Set.of(EHC_PLANS), Set.of(1),
                        "SENDIASS heard that families did not understand the decision letters.", "gareth.evans",
                        DemoOrganisation.COUNCIL, DONE, "Decision letters were rewritten in plain English.",
                        "You told us the letters about decisions were hard to understand.",
                        "We rewrote every decision letter in plain English, with the forum checking each one."),
                published(65, "kai.thompson", YOUNG_PEOPLES_GROUP, CHILDREN_AND_YOUNG_PEOPLE, 8,
                        Set.of(PREPARING_FOR_ADULTHOOD), Set.of(3),
                        "Young people said work experience was never offered to them.", "joanna.price",
                        DemoOrganisation.COLLEGE, IN_PROGRESS, "Supported internships are growing.",
                        "You told us you were never offered work experience.",
                        "The college now offers supported internships with six local employers, and more are "
                                + "joining."),
                published(55, "lucy.mills", SURVEY, PROFESSIONALS, 37, Set.of(MENTAL_HEALTH, COMMUNICATION),
                        Set.of(4), "School staff said they could not get advice while a child waited for "
                                + "therapy.", "lead", DemoOrganisation.TRUST, DONE,
                        "A weekly advice line for school staff opened.",
                        "School staff told us they had nowhere to ask for advice while a child waited.",
                        "We opened a weekly advice line run by therapists for school staff."),
                published(80, "forum", FORUM_MEETING, PARENTS_AND_CARERS, 15, Set.of(TRANSPORT), Set.of(2),
                        "Parents asked to be told when the school bus is late.", "gareth.evans",
                        DemoOrganisation.COUNCIL, IN_PROGRESS, "Text alerts are being tested on four routes.",
                        "You asked to be told when the school bus is running late.",
                        "We are testing text alerts on four routes this term, and will add more if they work."),
                published(45, "chris.obi", EVENT, PARENTS_AND_CARERS, 22, Set.of(OTHER), Set.of(),
                        "Parents asked for forum meetings in the evening as well as the day.", "gareth.evans",
                        DemoOrganisation.FORUM, DONE, "Every other meeting is now in the evening.",
                        "You asked for meetings at times working parents can come to.",
                        "Every other forum meeting is now in the evening, and you can join online."),
                published(35, "forum", SURVEY, PARENTS_AND_CARERS, 88, Set.of(EHC_PLANS, COMMUNICATION),
                        Set.of(1, 5), "Survey: families want to see their draft plan before the meeting.",
                        "gareth.evans", DemoOrganisation.COUNCIL, DONE,
                        "Draft plans are now sent a week before the meeting.",
                        "You told us you wanted to read the draft plan before the meeting about it.",
                        "We now send the draft plan at least a week before the meeting."),
                withdrawn(70, "forum", FORUM_MEETING, PARENTS_AND_CARERS, 10, Set.of(SHORT_BREAKS), Set.of(4),
                        "Parents asked for a holiday club list on the Local Offer.", "gareth.evans",
                        DemoOrganisation.COUNCIL, DONE, "A list of holiday clubs was added.",
                        "You asked for a list of holiday clubs.",
                        "We added a list of holiday clubs to the Local Offer."),
                withdrawn(95, "lucy.mills", SENDIASS, PARENTS_AND_CARERS, 5, Set.of(TRANSPORT), Set.of(2),
                        "Families said the transport helpline closed too early.", "gareth.evans",
                        DemoOrganisation.COUNCIL, DONE, "The helpline opens until 6pm.",
                        "You told us the transport helpline closed too early.",
                        "The transport helpline now stays open until 6pm."),
                archived(200, "forum", FORUM_MEETING, PARENTS_AND_CARERS, 12, Set.of(OTHER), Set.of(5),
                        "Parents asked for name badges at forum events.", "gareth.evans", DemoOrganisation.FORUM,
                        DONE, "Name badges are given out at every event.", "You asked for name badges at events.",
                        "Everyone now gets a name badge at our events."));
    }

    private static Item logged(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said) {
        return new Item(LOGGED, daysAgo, rep, channel, from, people, themes, priorities, said, null, null, null,
                null, null, null, null);
    }

    private static Item assigned(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, String officer, DemoOrganisation partner) {
        return new Item(ASSIGNED, daysAgo, rep, channel, from, people, themes, priorities, said, officer, partner,
                null, null, null, null, null);
    }

    private static Item drafted(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, String officer, DemoOrganisation partner,
            ResponseKind kind, String response, @Nullable String reason, @Nullable String youSaid,
            @Nullable String weDid) {
        return new Item(RESPONSE_DRAFTED, daysAgo, rep, channel, from, people, themes, priorities, said, officer,
                partner, kind, response, reason, youSaid, weDid);
    }

    private static Item agreed(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, String officer, DemoOrganisation partner,
            ResponseKind kind, String response, String youSaid, String weDid) {
        return new Item(AGREED, daysAgo, rep, channel, from, people, themes, priorities, said, officer, partner,
                kind, response, null, youSaid, weDid);
    }

    private static Item published(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, String officer, DemoOrganisation partner,
            ResponseKind kind, String response, String youSaid, String weDid) {
        return new Item(PUBLISHED, daysAgo, rep, channel, from, people, themes, priorities, said, officer,
                partner, kind, response, kind == COULD_NOT_DO ? response : null, youSaid, weDid);
    }

    private static Item withdrawn(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, String officer, DemoOrganisation partner,
            ResponseKind kind, String response, String youSaid, String weDid) {
        return new Item(WITHDRAWN, daysAgo, rep, channel, from, people, themes, priorities, said, officer,
                partner, kind, response, null, youSaid, weDid);
    }

    private static Item archived(int daysAgo, String rep, String channel, VoiceGroup from, int people,
            Set<String> themes, Set<Integer> priorities, String said, String officer, DemoOrganisation partner,
            ResponseKind kind, String response, String youSaid, String weDid) {
        return new Item(ARCHIVED, daysAgo, rep, channel, from, people, themes, priorities, said, officer,
                partner, kind, response, null, youSaid, weDid);
    }
}
