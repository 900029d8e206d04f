package org.tandem.bench;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.tandem.support.MutableClock;
import org.tandem.support.OwnDatabase;
import org.tandem.support.SecondApplication;
import org.tandem.support.SignIn;
import org.tandem.support.StatementCounting;
import org.tandem.support.TestClockConfiguration;
import org.tandem.support.TestDatabase;

/**
 * Boots the application on a database of its own, with statements counted, for tests that generate a
 * {@link LargePartnership}: its thousands of actions never reach other tests, and other tests' data never
 * disturbs its counts and timings.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, StatementCounting.class, SecondApplication.Strategy.class})
@TestExecutionListeners(listeners = SecondApplication.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public abstract class GeneratedPartnershipTest {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> OwnDatabase.url("partnership"));
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    /** Replaces whatever the database holds by a partnership of {@code size}, and sets the clock to its today. */
    protected LargePartnership.Generated generate(LargePartnership.Size size) {
        OwnDatabase.empty(jdbc);
        LargePartnership.Generated partnership = LargePartnership.generate(jdbc, size);
        clock.setDate(partnership.today());
        System.out.printf("Generated %s in %,d ms; today is %s%n", size, partnership.took().toMillis(),
                partnership.today());
        return partnership;
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
