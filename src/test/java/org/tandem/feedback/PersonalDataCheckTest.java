package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataCheckTest {

    private final PersonalDataCheck check = new PersonalDataCheck(List.of("Oakfield", "St Mary's"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Write to jo.bloggs@example.org for help                          | EMAIL         | jo.bloggs@example.org
            Email SENDIASS at info+send@riverside.gov.uk today               | EMAIL         | info+send@riverside.gov.uk
            Ring me on 07700 900123 after school                             | PHONE         | 07700 900123
            Call 0117 496 0123 for the team                                  | PHONE         | 0117 496 0123
            My mobile is +44 7700 900456                                     | PHONE         | +44 7700 900456
            Our number is 020-7946-0958                                      | PHONE         | 020-7946-0958
            His NHS number is 943 476 5919                                   | NHS_NUMBER    | 943 476 5919
            NHS 9434765919 was on the letter                                 | NHS_NUMBER    | 9434765919
            We live at RV1 2AB near the park                                 | POSTCODE      | RV1 2AB
            The clinic moved to sw1a 1aa                                     | POSTCODE      | sw1a 1aa
            Postcode M1 1AE was wrong on the form                            | POSTCODE      | M1 1AE
            She was born on 3 March 2015 and started in Reception            | DATE_OF_BIRTH | 3 March 2015
            DOB 14/02/2016                                                   | DATE_OF_BIRTH | 14/02/2016
            His birthday is 12th of June 2014                                | DATE_OF_BIRTH | 12th of June 2014
            Born in 2012, he waited two years                                | DATE_OF_BIRTH | Born in 2012
            The review was on 21/11/2025                                     | DATE_OF_BIRTH | 21/11/2025
            The panel met on November 4, 2025                                | DATE_OF_BIRTH | November 4, 2025
            Oakfield would not take her                                      | SENSITIVE_WORD | Oakfield
            they said at oakfield there was no room                          | SENSITIVE_WORD | oakfield
            Staff at St Mary's were kind                                     | SENSITIVE_WORD | St Mary's
            my son Jayden waited a year                                      | NAME          | my son Jayden
            My daughter, Amelia Rose, loves the club                         | NAME          | My daughter, Amelia Rose
            Mrs Patel the SENCO listened                                     | NAME          | Mrs Patel
            Dr. Okoro signed the report                                      | NAME          | Dr. Okoro
            We spoke to Mr Hughes about transport                            | NAME          | Mr Hughes
            Miss Evans runs the nurture group                                | NAME          | Miss Evans
            """)
    void flagsLikelyPersonalData(String text, Finding.Kind kind, String match) {
        assertThat(check.findings(text, "you said")).extracting(Finding::kind, Finding::match)
                .contains(org.assertj.core.groups.Tuple.tuple(kind, match));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Families told us the EHC needs assessment took too long
            Parents want one named contact for transport
            Young people asked for quieter spaces at college
            About 40 parents answered the survey in November
            We cut the wait from 30 weeks to 18 weeks
            my son waited a year for an assessment
            My daughter loves the new club
            Mr and Mrs were not used on the forms
            The Local Offer now has a page on short breaks
            Call the SEND team on the number on our website
            In 2025 we trained 120 school staff
            The plan runs from September to July
            Ratio 1 to 3 in the holiday club
            A 10 digit reference like 1234567890 is not an NHS number
            The ICB and the council agreed in Autumn 2
            We meet in Year 9 reviews to talk about adulthood
            """)
    void leavesOrdinaryWordsAlone(String text) {
        assertThat(check.findings(text, "we did")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm Sarah's mum and I want to help                               | NAME          | Sarah's mum
            Ethan's speech therapy stopped                                   | NAME          | Ethan
            Our daughter Lily-Mae has no place                               | NAME          | Our daughter Lily-Mae
            Our lad, Kai (age 9), was sent home                              | NAME          | Our lad, Kai
            mrs khan at the desk said no                                     | NAME          | mrs khan
            We live at 12 Mill Lane                                          | ADDRESS       | 12 Mill Lane
            Hillside Primary said they could not meet his needs              | SCHOOL        | Hillside Primary
            His DOB 2011-07-22 was wrong on the plan                         | DATE_OF_BIRTH | 2011-07-22
            DOB: 22/07/2011                                                  | DATE_OF_BIRTH | 22/07/2011
            """)
    void flagsNamesAddressesSchoolsAndWholeDatesAFamilyWrites(String text, Finding.Kind kind, String match) {
        assertThat(check.findings(text, "you said")).extracting(Finding::kind, Finding::match)
                .contains(org.assertj.core.groups.Tuple.tuple(kind, match));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our son's school has been much better this year
            We loved the May half-term activities
            Mum's group on Tuesdays is the only place I feel heard
            Priority 2 should be about transport
            The SENCO said she would look into it
            Riverside Council needs to answer emails faster
            An EHC plan took 40 weeks
            The Amber rating is because of delays
            It is a 10 minute walk from the station
            """)
    void leavesFamilyWordsMonthsAndServicesAlone(String text) {
        assertThat(check.findings(text, "we did")).isEmpty();
    }

    @Test
    void theNhsCheckDigitIsModulusEleven() {
        assertThat(PersonalDataCheck.validNhsNumber("9434765919")).isTrue();
        assertThat(PersonalDataCheck.validNhsNumber("9434765918")).isFalse();
        assertThat(PersonalDataCheck.validNhsNumber("4010232137")).isTrue();
        assertThat(PersonalDataCheck.validNhsNumber("12345")).isFalse();
    }

    @Test
    void aFindingKeepsItsKeyWhateverTheCaseOrSpacesAroundIt() {
        Finding a = new Finding(Finding.Kind.SENSITIVE_WORD, "Oakfield", "you said");
        Finding b = new Finding(Finding.Kind.SENSITIVE_WORD, " oakfield", "we did");
        assertThat(a.key()).isEqualTo(b.key());
    }
}
