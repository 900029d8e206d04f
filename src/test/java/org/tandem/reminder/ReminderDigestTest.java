package org.tandem.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.people.Person;
import org.tandem.support.DigestTest;

/** One e-mail per person per day, whatever the number of sources and runs. */
class ReminderDigestTest extends DigestTest {

    static final LocalDate A_DAY = LocalDate.of(2037, 6, 10);

    static Reminder reviewDue(Person person, String risk) {
        return new Reminder(new Recipient(person.id(), person.displayName(), person.email()), "Risk reviews due",
                "Review the risk: " + risk, "risks/7");
    }

    @Test
    void aSecondRunOnTheSameDaySendsNobodyAnythingAgain() {
        Person person = person("Rita Twice", true);
        extraReminders.add(reviewDue(person, "Too few specialist places"));
        clock.setDate(A_DAY);

        DigestRun first = runDigest();
        DigestRun second = runDigest();

        assertThat(digestsTo(person.email())).hasSize(1);
        assertThat(first.sent()).isPositive();
        assertThat(second.sent()).isZero();
        assertThat(second.alreadySent()).isGreaterThanOrEqualTo(1);

        clock.setDate(A_DAY.plusDays(1));
        runDigest();
        assertThat(digestsTo(person.email())).as("the next day's digest").hasSize(2);
    }

    @Test
    void aPersonWithNoEmailAddressIsSkippedAndEveryoneElseStillGetsTheirs() {
        Person withoutAddress = person("Nora Noaddress", false);
        Person withAddress = person("Adam Address", true);
        extraReminders.add(reviewDue(withoutAddress, "Waiting times for EHC needs assessments"));
        extraReminders.add(reviewDue(withAddress, "Waiting times for EHC needs assessments"));
        clock.setDate(A_DAY.plusDays(7));

        DigestRun run = runDigest();

        assertThat(run.withoutEmail()).isGreaterThanOrEqualTo(1);
        assertThat(onlyDigestTo(withAddress.email())).contains("Dear Adam Address");
    }

    @Test
    void textTypedOnSeveralLinesStaysOnOneAndALongListIsCounted() {
        Person person = person("Lena Long", true);
        extraReminders.add(new Reminder(new Recipient(person.id(), person.displayName(), person.email()),
                "Measures due", "Enter the value of:\nEHC plans issued\r\nwithin 20 weeks", "measures/1"));
        for (int i = 0; i < DigestText.LINES_PER_HEADING + 2; i++) {
            extraReminders.add(reviewDue(person, "Risk " + i));
        }
        clock.setDate(A_DAY.plusDays(14));

        runDigest();

        assertThat(onlyDigestTo(person.email())).contains("- Enter the value of: EHC plans issued within 20 weeks\n")
                .contains("- Review the risk: Risk " + (DigestText.LINES_PER_HEADING - 1) + "\n")
                .doesNotContain("Risk " + DigestText.LINES_PER_HEADING + "\n")
                .contains("- and 2 more in Tandem: " + BASE_URL + "/\n");
    }
}
