package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.action.ActionSeeding;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.strategy.StrategySeeding;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/**
 * A demo module's test: the demo partnership (its people, calendar, strategy and plan) loaded as on 19 November
 * 2026, then the module's own demo data through {@link #loadModule()}.
 */
abstract class DemoPartnershipTest extends IntegrationTest {

    static final DefaultApplicationArguments NO_ARGUMENTS = new DefaultApplicationArguments();

    @Autowired
    InitialPeople people;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserService users;
    @Autowired
    StrategySeeding strategySeeding;
    @Autowired
    ActionSeeding actionSeeding;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    MutableClock mutableClock;

    @BeforeEach
    void theDemoLoaded() throws Exception {
        SystemAuthentication.run(() -> {
            if (calendar.years().stream().noneMatch(year -> year.startYear() == 2026)) {
                calendar.addYear(calendar.typicalYear(2026));
            }
        });
        mutableClock.setDate(LocalDate.of(2026, 11, 19));
        new DemoData(people, calendar, users, strategySeeding, actionSeeding, transactions, clock).run(NO_ARGUMENTS);
        loadModule();
    }

    @AfterEach
    void realTime() {
        mutableClock.reset();
    }

    /** Loads the module's demo data, as the plain run does after the partnership's. */
    abstract void loadModule() throws Exception;
}
