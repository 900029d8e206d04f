package org.tandem.mail;

import org.jspecify.annotations.Nullable;

/**
 * What became of one e-mail. {@code retryable} tells a failure that may pass (the server was down) from one that
 * will not (the address is malformed or refused).
 */
public record MailOutcome(MailStatus status, @Nullable String error, boolean retryable) {

    public boolean delivered() {
        return status != MailStatus.FAILED;
    }
}
