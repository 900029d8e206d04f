package org.tandem.demo;

import static org.tandem.feedback.ActivityKind.FORUM_MEETING;
import static org.tandem.feedback.ActivityKind.REVIEW_PANEL;
import static org.tandem.feedback.ActivityKind.SURVEY;
import static org.tandem.feedback.ActivityKind.WORKSHOP;

import java.time.Clock;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.feedback.ActivityDraft;
import org.tandem.feedback.ActivityKind;
import org.tandem.feedback.ActivityRow;
import org.tandem.feedback.CoProductionService;
import org.tandem.feedback.FeedbackFilter;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackRow;
import org.tandem.feedback.SignatoryDraft;
import org.tandem.feedback.SignatoryRow;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.SystemAuthentication;

/**
 * The demo partnership's pledge, four signatories and five co-production activities, in our own words (no real
 * people or places). It runs after {@link DemoFeedback}, whose feedback some activities link to, and adds only
 * what is missing, so starting again changes nothing.
 */
@Component
@Profile("default")
@Order(30)
class DemoCoProduction implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCoProduction.class);

    static final String PLEDGE = """
            We, the partners of the Riverside SEND and AP partnership, promise to plan and change services \
            with families and young people, not for them.

            We will ask early, while there is still time to change our minds, and we will say plainly what we \
            can and cannot change. We will pay for the time of parents and young people who join our panels, and \
            hold meetings at times and in places that suit them.

            We will tell people what happened because of what they said, even when the answer is no. Every \
            half-term we will publish what you said and what we did.

            Each partner signs this pledge and adds commitments of its own, and the parent carer forum asks each \
            year how we kept them.""";

    record Signatory(DemoOrganisation organisation, int daysAgo, String contact, String commitments) {
    }

    record Activity(int daysAgo, ActivityKind kind, String title, @Nullable Integer parents,
            @Nullable Integer youngPeople, @Nullable Integer professionals, String whatChanged,
            List<String> actions, @Nullable String feedbackWords) {
    }

    private final CoProductionService service;
    private final OrganisationService organisations;
    private final ActionPlanService plan;
    private final FeedbackRegister register;
    private final Clock clock;

    DemoCoProduction(CoProductionService service, OrganisationService organisations, ActionPlanService plan,
            FeedbackRegister register, Clock clock) {
        this.service = service;
        this.organisations = organisations;
        this.plan = plan;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seed);
    }

    void seed() {
        LocalDate today = LocalDate.now(clock);
        if (service.pledge().text().isBlank()) {
            service.rewritePledge(service.pledge().version(), PLEDGE);
        }
        Map<String, Long> partners = organisations.list().stream()
                .collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id));
        Set<Long> signed = service.signatories().stream().map(SignatoryRow::organisationId)
                .collect(Collectors.toSet());
        int added = 0;
        for (Signatory signatory : signatories()) {
            Long organisationId = partners.get(signatory.organisation().displayName());
            if (organisationId != null && !signed.contains(organisationId)) {
                service.addSignatory(new SignatoryDraft(null, 0, organisationId,
                        today.minusDays(signatory.daysAgo()), signatory.contact(), signatory.commitments()));
                added++;
            }
        }
        Set<String> logged = service.activities(PageRequest.of(0, 500)).stream().map(ActivityRow::title)
                .collect(Collectors.toSet());
        List<ActionRow> actions = plan.list(ActionFilter.none(), PageRequest.of(0, 200)).getContent();
        for (Activity activity : activities()) {
            if (logged.contains(activity.title())) {
                continue;
            }
            Set<Long> actionIds = actions.stream().filter(row -> activity.actions().contains(row.reference()))
                    .map(ActionRow::id).collect(Collectors.toSet());
            Set<Long> feedbackIds = activity.feedbackWords() == null ? Set.of()
                    : register.list(new FeedbackFilter(null, null, false, activity.feedbackWords()),
                            PageRequest.of(0, 1)).stream().map(FeedbackRow::id).collect(Collectors.toSet());
            service.logActivity(new ActivityDraft(null, 0, today.minusDays(activity.daysAgo()), activity.kind(),
                    activity.title(), activity.parents(), activity.youngPeople(), activity.professionals(),
                    activity.whatChanged(), actionIds, feedbackIds));
            added++;
        }
        if (added > 0) {
            log.info("Demo co-production: {} signatories and activities added", added);
        }
    }

    static List<Signatory> signatories() {
        return List.of(
                new Signatory(DemoOrganisation.COUNCIL, 330, "Director of Children's Services",
                        "Involve the forum before any change to how needs assessments are run. Pay parents for "
                                + "their time on panels. Answer every \"you said\" within 28 days."),
                new Signatory(DemoOrganisation.ICB, 320, "Designated Clinical Officer",
                        "Ask families to help shape the waiting-list support offer. Share waiting times with the "
                                + "forum every half-term."),
                new Signatory(DemoOrganisation.FORUM, 330, "Forum chair",
                        "Bring the views of as many families as we can reach, not only those who come to "
                                + "meetings. Tell the board honestly when co-production is only consultation."),
                new Signatory(DemoOrganisation.YOUTH_VOICE, 300, "Youth Voice coordinator",
                        "Run a young people's panel each term and help young people check that letters and "
                                + "plans are written for them."));
    }

    static List<Activity> activities() {
        return List.of(
                new Activity(200, WORKSHOP, "EHC plan template workshop", 18, 4, 9,
                        "The new plan template opens with a page about the child in their own words, written "
                                + "with the family.", List.of("1.3"), "did not sound like their child"),
                new Activity(150, SURVEY, "Survey on contact during assessments", 64, null, null,
                        "Each family now has a named caseworker from the first week of an assessment.",
                        List.of("1.2"), "one named person to contact"),
                new Activity(90, FORUM_MEETING, "Forum meeting on school transport", 22, null, 3,
                        "The new transport contract asks providers to keep the same drivers and escorts on a "
                                + "route for the school year.", List.of(), "drivers and escorts stay the same"),
                new Activity(45, REVIEW_PANEL, "Young people's review panel for letters", null, 8, 2,
                        "Young people over 16 now get their own copy of letters about their plan, rewritten "
                                + "with the panel.", List.of("5.4"), "letters about their own plan"),
                new Activity(14, WORKSHOP, "Local Offer pages rewrite session", 11, 5, 4,
                        "Twelve Local Offer pages were rewritten in plain English and tested with families.",
                        List.of("5.2"), null));
    }
}
