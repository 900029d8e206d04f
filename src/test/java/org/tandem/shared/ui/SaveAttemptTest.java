package org.tandem.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.BrowserCalls;

class SaveAttemptTest {

    final TextField reason = new TextField("Reason");
    final TextField other = new TextField("Other");
    final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void aUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void noUi() {
        MockVaadin.tearDown();
    }

    @Test
    void aBrokenRuleIsShownAtItsFieldAndNothingElse() {
        boolean saved = new SaveAttempt().at("reason", reason).run(() -> {
            throw new ValidationProblem("reason", "Say why.");
        });

        assertThat(saved).isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why.");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void everyRuleTheCheckFoundIsShownAtOnceAndTheFirstFieldInTheFormsOrderTakesFocus() {
        TextField title = new TextField("Title");
        com.vaadin.flow.component.UI.getCurrent().add(title, reason);
        BrowserCalls browser = new BrowserCalls().start();
        try {
            // The service's check names fields alphabetically ("reason" before "title"); the form shows the title
            // first, so the title takes focus.
            new SaveAttempt().at("title", title).at("reason", reason).run(() -> {
                throw new ValidationProblem("reason", "Say why.", java.util.List.of(
                        new ValidationProblem("title", "Give it a title."),
                        new ValidationProblem("archived", "This item is archived."),
                        new ValidationProblem("stage", "Not at this stage.")));
            });

            assertThat(reason.getErrorMessage()).isEqualTo("Say why.");
            assertThat(title.isInvalid()).isTrue();
            assertThat(title.getErrorMessage()).isEqualTo("Give it a title.");
            assertThat(browser.focusCalls(title)).isEqualTo(1);
            assertThat(browser.focusCalls(reason)).isZero();
            NotificationsKt.expectNotifications("This item is archived.");
        } finally {
            browser.stop();
        }
    }

    @Test
    void aRuleForAFieldTheFormDoesNotShowIsANoticeUnlessAnotherFieldTakesIt() {
        new SaveAttempt().at("reason", reason).run(() -> {
            throw new ValidationProblem("stage", "This item is archived.");
        });
        NotificationsKt.expectNotifications("This item is archived.");

        new SaveAttempt().at("reason", reason).otherwise(other).run(() -> {
            throw new ValidationProblem("stage", "This item is archived.");
        });
        assertThat(other.getErrorMessage()).isEqualTo("This item is archived.");
    }

    @Test
    void theNextAttemptClearsTheLastMessages() {
        SaveAttempt attempt = new SaveAttempt().at("reason", reason);
        attempt.run(() -> {
            throw new ValidationProblem("reason", "Say why.");
        });
        assertThat(attempt.run(() -> { })).isTrue();
        assertThat(reason.isInvalid()).isFalse();
    }

    @Test
    void aConflictSaysSoAndLoadsTheCurrentVersion() {
        new SaveAttempt().onConflict(reloads::incrementAndGet).run(() -> {
            throw new ConcurrentEditException("this action");
        });
        assertThat(reloads).hasValue(1);
        NotificationsKt.expectNotifications(new ConcurrentEditException("this action").getMessage());
    }

    @Test
    void aClashTheDatabaseFindsAtCommitIsTheSameConflict() {
        new SaveAttempt().onConflict(reloads::incrementAndGet).run(() -> {
            throw new ObjectOptimisticLockingFailureException("Action", 1L);
        });
        assertThat(reloads).hasValue(1);
        NotificationsKt.expectNotifications(new ConcurrentEditException("this").getMessage());
    }

    @Test
    void aFormThatKeepsTheEditsAfterAConflictSaysSoItselfWithoutANotice() {
        new SaveAttempt().onConflictKeepingEdits(reloads::incrementAndGet).run(() -> {
            throw new ConcurrentEditException("this user");
        });
        assertThat(reloads).hasValue(1);
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aRefusalIsANoticeThatSaysNothingWasChanged() {
        new SaveAttempt().run(() -> {
            throw new AccessDeniedException("Access Denied");
        });
        NotificationsKt.expectNotifications("You do not have permission to do that. Nothing was changed.");
    }

    @Test
    void aSaveThatAnswersHandsOverItsAnswerOnlyWhenItWentThrough() {
        assertThat(new SaveAttempt().call(() -> 42L)).contains(42L);
        assertThat(new SaveAttempt().call(() -> {
            throw new ValidationProblem("reason", "Say why.");
        })).isEmpty();
    }
}
