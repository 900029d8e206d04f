package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.tandem.people.InitialPeople;
import org.tandem.people.ActingUser;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

class SignInTest extends IntegrationTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    TandemAuthenticationProvider provider;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    MutableClock clock;

    String username;

    @BeforeEach
    void aUser() {
        username = unique("signin");
        people.user(username, "Sign In Person", null, null, PASSWORD, List.of(Role.WORKSTREAM_LEAD));
        clock.set(Instant.parse("2031-01-10T10:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Authentication signIn(String name, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    @Test
    void theRightPasswordSignsInWithTheUsersRolesAndIsRecorded() {
        Authentication authentication = signIn(username, PASSWORD);
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_WORKSTREAM_LEAD");
        assertThat(attempts.findAll()).anySatisfy(attempt -> {
            assertThat(attempt.getUsername()).isEqualTo(username);
            assertThat(attempt.getOutcome()).isEqualTo(LoginOutcome.SUCCESS);
        });
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(BadCredentialsException.class,
                () -> signIn(unique("nobody"), PASSWORD));
        var wrong = org.junit.jupiter.api.Assertions.assertThrows(BadCredentialsException.class,
                () -> signIn(username, "not the password"));
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "guess")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(3));
        }
        // The fifth failure was three minutes ago: locked for twelve more minutes, even with the right password.
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "guess")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownNameLocksTooSoThatALockRevealsNothing() {
        String nobody = unique("ghost");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(nobody, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(nobody, "guess")).isInstanceOf(LockedException.class);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPasswordAndItsSessionsEnd() {
        Authentication signedIn = signIn(username, PASSWORD);
        sessionRegistry.registerNewSession("session-of-" + username, signedIn.getPrincipal());

        SystemAuthentication.run(() -> {
            long id = users.list(username, null, org.springframework.data.domain.Pageable.ofSize(1))
                    .getContent().getFirst().id();
            users.disable(id, users.edit(id).getVersion());
        });

        assertThat(sessionRegistry.getSessionInformation("session-of-" + username).isExpired()).isTrue();
        assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(((ActingUser) signedIn.getPrincipal()).username()).isEqualTo(username);
    }

    @Test
    void attemptsAfter2038AreStoredAndReadBackToTheMicrosecondAndStillLock() {
        Instant in2040 = Instant.parse("2040-03-01T10:15:30.123456Z");
        clock.set(in2040);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempts.findAll()).filteredOn(attempt -> attempt.getUsername().equals(username))
                .extracting(LoginAttempt::getAttemptedAt).hasSize(5).containsOnly(in2040);
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
    }
}
