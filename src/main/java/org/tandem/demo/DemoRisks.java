package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.people.Person;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.risk.AffectedGroup;
import org.tandem.risk.Level;
import org.tandem.risk.RiskDraft;
import org.tandem.risk.RiskResponse;
import org.tandem.risk.RiskSeed;
import org.tandem.risk.RiskSeeding;
import org.tandem.shared.Rag;

/**
 * Riverside's risk register: 15 risks a SEND partnership board really carries, each raised a year ago and
 * reviewed since, so the trends, escalations (by the board threshold), one tolerated risk, one confidential
 * risk and one with failing mitigation are there to explore. Runs after the action plan and before the report.
 */
@Component
@Profile("default")
@Order(30)
class DemoRisks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRisks.class);
    private static final int[] REVIEWED_MONTHS_AGO = {9, 6, 3, 1};

    private final RiskSeeding seeding;
    private final UserService users;
    private final ActionPlanService plan;
    private final Clock clock;

    DemoRisks(RiskSeeding seeding, UserService users, ActionPlanService plan, Clock clock) {
        this.seeding = seeding;
        this.users = users;
        this.plan = plan;
        this.clock = clock;
    }

    /** Reference, title, cause, event, consequence, category, owner, inherent, controls, scores over the year. */
    record Demo(String reference, String title, String cause, String event, String consequence, String category,
            String owner, String inherent, String controls, String scores, String target, String latest) {
    }

    static List<Demo> all() {
        return List.of(
                new Demo("R-001", "High needs block deficit grows beyond the recovery plan",
                        "Rising numbers of EHC plans and independent special school places",
                        "the high needs deficit exceeds the agreed recovery plan",
                        "the council must cut other services and the DfE intervenes", "HIGH_NEEDS_FUNDING",
                        "gareth.evans", "5x5", "Monthly high needs monitoring; placement panel; safety valve plan",
                        "4x4 4x4 4x5 4x5 4x5", "3x4", "Independent placements rose by 12 this term."),
                new Demo("R-002", "Too few specialist places for autistic secondary pupils",
                        "More pupils with autism need specialist secondary provision",
                        "there are not enough local specialist places",
                        "children travel far or go to independent schools at high cost", "SUFFICIENCY",
                        "gareth.evans", "5x4", "Sufficiency plan; two new resource bases in build",
                        "4x4 4x4 4x4 3x4 3x4", "2x3", "The first resource base opened in September."),
                new Demo("R-003", "EHC needs assessments miss the 20-week limit",
                        "Too few educational psychologists and a rise in requests",
                        "assessments are not finished within 20 weeks",
                        "children wait for support and families lose confidence; tribunal appeals rise",
                        "STATUTORY_TIMELINESS", "lead", "5x4", "Weekly EHC panel; locum psychologists",
                        "3x4 4x4 4x4 4x4 4x4", "2x3", "Only 41% finished in 20 weeks this term."),
                new Demo("R-004", "Educational psychologist vacancies stay unfilled",
                        "National shortage of educational psychologists", "four posts stay vacant",
                        "assessments and school advice are delayed", "WORKFORCE", "lead", "4x4",
                        "Trainee places sponsored; market supplement", "3x4 3x4 3x3 3x3 3x3", "2x3",
                        "Two trainees join next September."),
                new Demo("R-005", "SENCOs leave faster than they are trained", "Workload and pay in schools",
                        "SENCO turnover stays above 20% a year", "the graduated approach is applied unevenly",
                        "WORKFORCE", "nadia.begum", "4x3", "SENCO network; NPQ funding", "3x3 3x3 3x3 3x3 3x2",
                        "2x2", "Network attendance doubled."),
                new Demo("R-006", "Safeguarding concerns at an unregistered alternative provider",
                        "Use of unregistered alternative provision", "a child comes to harm at an unregistered "
                        + "provider", "serious harm and a safeguarding review", "SAFEGUARDING", "gareth.evans", "3x5",
                        "Quality assurance visits; register of providers", "2x5 2x5 2x5 2x5 2x5", "1x5",
                        "Two providers were removed from the list."),
                new Demo("R-007", "Annual reviews are not held on time", "Caseworker workload",
                        "annual reviews slip beyond 12 months", "plans fall out of date", "STATUTORY_TIMELINESS",
                        "lead", "4x3", "Review tracker; extra caseworkers", "3x3 3x3 3x3 3x3 2x3", "2x2",
                        "Backlog halved since spring."),
                new Demo("R-008", "Families lose confidence in the local area's SEND services",
                        "Long waits and unclear communication", "confidence measured by the forum's survey falls",
                        "more complaints and tribunals; co-production weakens", "REPUTATION", "nadia.begum", "4x4",
                        "You said, we did; termly forum meetings", "3x3 3x3 3x4 3x3 3x3", "2x2",
                        "The survey showed a small rise in confidence."),
                new Demo("R-009", "Health and education data cannot be shared for EHC plans",
                        "No data sharing agreement with the NHS trust", "advice for plans is late or missing",
                        "plans are late and incomplete", "DATA_SHARING", "lead", "3x4",
                        "Interim secure e-mail process", "3x3 3x3 2x3 2x3 2x3", "1x3",
                        "Draft agreement with the trust's DPO."),
                new Demo("R-010", "Speech and language therapy waits exceed 18 weeks",
                        "Therapist vacancies at the community trust", "waits stay above 18 weeks",
                        "children's communication needs go unmet", "WORKFORCE", "lead", "4x4",
                        "Agency therapists; group sessions", "3x4 4x4 4x4 4x4 4x4", "2x3",
                        "Two therapists left in September."),
                new Demo("R-011", "Post-16 transport costs overspend", "Fuel and contract costs",
                        "the transport budget overspends", "savings needed elsewhere", "HIGH_NEEDS_FUNDING",
                        "joanna.price", "4x3", "Independent travel training; route review",
                        "3x3 3x3 3x3 3x3 3x3", "2x3", "Within the contingency, as the board accepted."),
                new Demo("R-012", "Not enough supported internships for young people 16 to 25",
                        "Too few employers signed up", "fewer than 30 internships a year",
                        "young people miss the chance of paid work", "SUFFICIENCY", "joanna.price", "3x3",
                        "Employers' breakfast; job coaches", "3x3 3x3 2x3 2x3 2x3", "1x3",
                        "30 places agreed for next year."),
                new Demo("R-013", "Early years inclusion funding runs out mid-year",
                        "More children with emerging needs in nurseries", "the inclusion fund is spent by January",
                        "nurseries refuse or reduce places", "HIGH_NEEDS_FUNDING", "nadia.begum", "4x3",
                        "Termly allocation; panel", "3x3 3x3 3x4 3x4 3x4", "2x3",
                        "Applications rose by a fifth."),
                new Demo("R-014", "Tribunal appeals rise", "Refusals to assess and disputes about placements",
                        "appeals keep rising", "costs rise and relationships with families suffer", "REPUTATION",
                        "gareth.evans", "4x3", "Mediation offered at every refusal", "3x3 3x3 3x3 2x3 2x3", "2x2",
                        "Mediation resolved half the disputes."),
                new Demo("R-015", "The area SEND inspection finds widespread weaknesses",
                        "Late plans and waits for therapy", "the inspection judges the arrangements weak",
                        "a priority action plan and loss of confidence", "REPUTATION", "gareth.evans", "4x5",
                        "Self-evaluation; action plan; mock inspection", "3x4 3x4 3x4 3x5 3x5", "2x4",
                        "The mock inspection found the same weaknesses."));
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, Person> people = users.everyone().stream().collect(Collectors.toMap(Person::username,
                    Function.identity()));
            List<ActionRow> actions = plan.export(ActionFilter.none());
            List<ActionRow> failing = plan.list(ActionFilter.none().withRag(Rag.RED), PageRequest.of(0, 5))
                    .getContent();
            int added = 0;
            for (Demo demo : all()) {
                Person owner = people.get(demo.owner());
                if (owner != null && seeding.seed(seed(demo, owner, today, actions, failing))) {
                    added++;
                }
            }
            if (added > 0) {
                log.info("Demo: added {} risks to the register", added);
            }
        });
    }

    private static RiskSeed seed(Demo demo, Person owner, LocalDate today, List<ActionRow> actions,
            List<ActionRow> failing) {
        List<int[]> scores = Arrays.stream(demo.scores().split(" ")).map(DemoRisks::score).toList();
        int[] inherent = score(demo.inherent());
        int[] target = score(demo.target());
        RiskDraft draft = new RiskDraft();
        draft.setReference(demo.reference());
        draft.setTitle(demo.title());
        draft.setCause(demo.cause());
        draft.setEvent(demo.event());
        draft.setConsequence(demo.consequence());
        draft.setCategory(demo.category());
        draft.setOwnerId(owner.id());
        draft.setControls(demo.controls());
        draft.scores(inherent[0], inherent[1], scores.getFirst()[0], scores.getFirst()[1], target[0], target[1]);
        draft.setTargetDate(today.plusYears(1).withDayOfMonth(1));
        draft.setResponse(RiskResponse.TREAT);
        draft.setLevel(demo.reference().equals("R-004") ? Level.STEERING_GROUP : Level.WORKSTREAM);
        draft.setConfidential(demo.reference().equals("R-006"));
        draft.setGroups(groups(demo.category()));
        if (demo.reference().equals("R-003") && !failing.isEmpty()) {
            draft.setActionIds(Set.of(failing.getFirst().id()));
        } else {
            actions.stream().filter(a -> a.reference().startsWith(String.valueOf(1 + Math.abs(demo.reference()
                    .hashCode()) % 5) + ".")).limit(2).forEach(a -> draft.getActionIds().add(a.id()));
        }
        List<RiskSeed.Review> reviews = new ArrayList<>();
        for (int i = 1; i < scores.size(); i++) {
            int[] score = scores.get(i);
            reviews.add(new RiskSeed.Review(today.minusMonths(REVIEWED_MONTHS_AGO[i - 1]), score[0], score[1],
                    i == scores.size() - 1 ? demo.latest() : "Reviewed with the workstream; controls checked."));
        }
        boolean tolerated = demo.reference().equals("R-011");
        return new RiskSeed(draft, today.minusMonths(12), reviews, tolerated ? "Margaret Okafor" : null,
                tolerated ? "The overspend is within the transport contingency; the board reviews it in spring."
                        : null, tolerated ? today.plusMonths(4) : null);
    }

    private static Set<AffectedGroup> groups(String category) {
        return switch (category) {
            case "SUFFICIENCY" -> Set.of(AffectedGroup.EHC_PLANS, AffectedGroup.YOUNG_PEOPLE_16_25);
            case "SAFEGUARDING" -> Set.of(AffectedGroup.ALTERNATIVE_PROVISION);
            case "REPUTATION" -> Set.of(AffectedGroup.FAMILIES);
            default -> Set.of(AffectedGroup.EHC_PLANS, AffectedGroup.SEN_SUPPORT);
        };
    }

    private static int[] score(String text) {
        String[] parts = text.split("x");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
