package org.tandem.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.BeanCheck;
import org.tandem.people.AdminOnly;

/**
 * Feedback with a past, set up at start-up (the demo): {@link FeedbackService} takes each step now and as the
 * person signed in; this takes them at given times and as given people, through the same named state changes.
 * An item whose words are already there is left alone, so running it again changes nothing.
 */
@Component
public class FeedbackSeeding {

    private final FeedbackItems items;
    private final FeedbackSteps steps;
    private final BeanCheck check;
    private final ApplicationEventPublisher events;

    FeedbackSeeding(FeedbackItems items, FeedbackSteps steps, BeanCheck check, ApplicationEventPublisher events) {
        this.items = items;
        this.steps = steps;
        this.check = check;
        this.events = events;
    }

    /** The id when it was created now, empty when feedback with the same words exists. */
    @AdminOnly
    @Transactional
    public Optional<Long> feedback(FeedbackSeed seed) {
        FeedbackDraft draft = check.valid(seed.draft());
        if (items.existsByWhatWasSaid(draft.getWhatWasSaid())) {
            return Optional.empty();
        }
        Feedback feedback = new Feedback(seed.loggedBy(), seed.loggedAt());
        feedback.describe(draft.getWhatWasSaid(), draft.getSaidOn(), draft.getChannel(), draft.getVoiceGroup(),
                draft.getPeopleCount(), draft.getThemes(), draft.getPriorityIds());
        long id = items.saveAndFlush(feedback).getId();
        step(id, StepKind.LOGGED, seed.loggedBy(), seed, 0, null);
        Stage target = seed.stage();
        if (target == Stage.LOGGED) {
            return Optional.of(id);
        }
        feedback.assign(seed.organisationId(), seed.officerId());
        step(id, StepKind.ASSIGNED, seed.loggedBy(), seed, FeedbackSeed.ASSIGNED_AFTER, null);
        if (target == Stage.ASSIGNED) {
            return Optional.of(id);
        }
        ResponseDraft response = seed.response();
        feedback.draftResponse(response.kind(), response.text(), response.couldNotReason(), response.actionIds());
        step(id, StepKind.RESPONSE_DRAFTED, seed.officerUsername(), seed, FeedbackSeed.DRAFTED_AFTER,
                response.kind().label());
        if (target == Stage.RESPONSE_DRAFTED && seed.publicYouSaid() == null) {
            return Optional.of(id);
        }
        feedback.word(seed.publicYouSaid(), seed.publicWeDid());
        step(id, StepKind.WORDING_CHANGED, seed.loggedBy(), seed, FeedbackSeed.AGREED_AFTER - 1, null);
        if (target == Stage.RESPONSE_DRAFTED) {
            return Optional.of(id);
        }
        feedback.agree();
        step(id, StepKind.AGREED, seed.loggedBy(), seed, FeedbackSeed.AGREED_AFTER, null);
        if (target == Stage.AGREED) {
            return Optional.of(id);
        }
        feedback.publish(at(seed, FeedbackSeed.PUBLISHED_AFTER));
        step(id, StepKind.PUBLISHED, seed.loggedBy(), seed, FeedbackSeed.PUBLISHED_AFTER, null);
        if (target == Stage.WITHDRAWN) {
            feedback.withdraw(seed.withdrawnReason());
            step(id, StepKind.WITHDRAWN, seed.loggedBy(), seed, FeedbackSeed.CLOSED_AFTER, seed.withdrawnReason());
        } else if (target == Stage.ARCHIVED) {
            feedback.archive();
            step(id, StepKind.ARCHIVED, seed.loggedBy(), seed, FeedbackSeed.CLOSED_AFTER, null);
        }
        items.saveAndFlush(feedback);
        events.publishEvent(new FeedbackPublicationChanged(id));
        return Optional.of(id);
    }

    private void step(long id, StepKind kind, @Nullable String by, FeedbackSeed seed, int days,
            @Nullable String note) {
        steps.save(new FeedbackStep(id, kind, by == null ? seed.loggedBy() : by, at(seed, days), note));
    }

    private static Instant at(FeedbackSeed seed, int days) {
        return seed.loggedAt().plus(Duration.ofDays(days));
    }
}
