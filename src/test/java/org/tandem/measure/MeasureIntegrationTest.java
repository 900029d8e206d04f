package org.tandem.measure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignIn;

/** A measures test: people of every role (the fixture's), the clock on the fixture's day, nobody signed in after. */
abstract class MeasureIntegrationTest extends IntegrationTest {

    @Autowired
    MeasureService service;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    MeasureFixture given;

    @BeforeEach
    void peopleOfEveryRole() {
        clock.setDate(MeasureFixture.TODAY);
        given = new MeasureFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        clock.reset();
        SignIn.out();
    }
}
