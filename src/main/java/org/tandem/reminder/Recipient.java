package org.tandem.reminder;

import org.jspecify.annotations.Nullable;

/** Who a reminder is for; with no e-mail address their digest is skipped (and logged). */
public record Recipient(long userId, String name, @Nullable String email) {
}
