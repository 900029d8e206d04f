package org.tandem.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A record of one sign-in attempt, kept for throttling and for the security log. Never edited. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    static final int USERNAME_LENGTH = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LoginOutcome outcome;

    @Column(name = "remote_address", length = 64)
    private @Nullable String remoteAddress;

    protected LoginAttempt() {
        this.username = "";
        this.attemptedAt = Instant.EPOCH;
        this.outcome = LoginOutcome.BAD_CREDENTIALS;
    }

    LoginAttempt(String username, Instant attemptedAt, LoginOutcome outcome, @Nullable String remoteAddress) {
        this.username = username.length() > USERNAME_LENGTH ? username.substring(0, USERNAME_LENGTH) : username;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.remoteAddress = remoteAddress;
    }

    Instant getAttemptedAt() {
        return attemptedAt;
    }

    LoginOutcome getOutcome() {
        return outcome;
    }

    String getUsername() {
        return username;
    }
}
