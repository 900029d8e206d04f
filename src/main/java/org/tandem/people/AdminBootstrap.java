package org.tandem.people;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the first admin comes only from configured bootstrap credentials; with neither an admin nor
 * credentials Tandem refuses to start, since nobody could ever sign in.
 */
@Component
@Profile("prod")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final InitialPeople initialPeople;
    private final String username;
    private final String password;
    private final String email;

    AdminBootstrap(InitialPeople initialPeople,
            @Value("${tandem.bootstrap.admin.username:}") String username,
            @Value("${tandem.bootstrap.admin.password:}") String password,
            @Value("${tandem.bootstrap.admin.email:}") String email) {
        this.initialPeople = initialPeople;
        this.username = username;
        this.password = password;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (initialPeople.anyEnabledAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException("Tandem has no admin and no bootstrap credentials. Set "
                    + "TANDEM_BOOTSTRAP_ADMIN_USERNAME and TANDEM_BOOTSTRAP_ADMIN_PASSWORD for the first start.");
        }
        initialPeople.user(username, "Programme officer", email.isBlank() ? null : email, null, password,
                List.of(Role.ADMIN));
        log.info("Created the first admin account '{}' from the bootstrap settings", username);
    }
}
