package org.tandem.people;

import java.util.function.Supplier;

/**
 * Work that no person starts (start-up data, scheduled jobs) runs as "system" with admin rights, so that it goes
 * through the same services and the audit trail records it as the system's.
 */
public final class SystemAuthentication {

    public static final String NAME = ActingUser.SYSTEM;

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        return CurrentUser.runAs(ActingUser.system(), work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
