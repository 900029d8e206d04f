package org.tandem.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Someone the report goes to. The key makes a person one recipient however they are listed: by address when they
 * have one (a board member who is also on the extra list gets one copy), by user otherwise.
 */
record Recipient(String name, @Nullable String email, @Nullable Long userId) {

    String key() {
        if (email != null && !email.isBlank()) {
            return "mail:" + email.strip().toLowerCase(Locale.ROOT);
        }
        return "user:" + userId;
    }
}
