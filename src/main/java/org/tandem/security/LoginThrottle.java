package org.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five failed attempts on a username within fifteen minutes lock it for fifteen minutes. It counts by the name
 * typed, whether or not such an account exists, so that a lock never reveals which accounts exist.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final LoginAttempts attempts;
    private final Clock clock;

    LoginThrottle(LoginAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        List<LoginAttempt> recent = attempts.recent(username, now.minus(WINDOW).minus(LOCK), Limit.of(20));
        List<Instant> failures = new ArrayList<>();
        for (LoginAttempt attempt : recent) {
            if (attempt.getOutcome() == LoginOutcome.SUCCESS) {
                break;
            }
            if (attempt.getOutcome() == LoginOutcome.BAD_CREDENTIALS) {
                failures.add(attempt.getAttemptedAt());
            }
        }
        for (int newest = 0; newest + MAX_FAILURES - 1 < failures.size(); newest++) {
            Instant last = failures.get(newest);
            Instant first = failures.get(newest + MAX_FAILURES - 1);
            if (!Duration.between(first, last).minus(WINDOW).isPositive()) {
                return now.isBefore(last.plus(LOCK));
            }
        }
        return false;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, LoginOutcome outcome, @Nullable String remoteAddress) {
        attempts.save(new LoginAttempt(username, clock.instant(), outcome, remoteAddress));
    }
}
