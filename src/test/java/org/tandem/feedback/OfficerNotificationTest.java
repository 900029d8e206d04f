package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.PlanFixture;
import org.tandem.support.SecondApplication;
import org.tandem.support.TestClockConfiguration;
import org.tandem.support.TestDatabase;

/** The assigned officer is told by e-mail, through a real SMTP server (GreenMail). */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, SecondApplication.Strategy.class})
@TestExecutionListeners(listeners = SecondApplication.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class OfficerNotificationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("tandem.mail.from", () -> "tandem@riverside.example");
        registry.add("tandem.base-url", () -> "https://tandem.riverside.example/");
    }

    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    @Test
    void theAssignedOfficerGetsAnEmailWithWhatWasSaidAndALinkToRespond() throws Exception {
        String officer = FeedbackFixture.unique("mailed");
        people.user(officer, "Morgan Officer", officer + "@council.example", null, PlanFixture.PASSWORD,
                List.of(Role.WORKSTREAM_LEAD));
        long officerId = SystemAuthentication.call(() -> users.peopleWithRole(Role.WORKSTREAM_LEAD).stream()
                .filter(p -> p.username().equals(officer)).findFirst().orElseThrow().id());
        long organisation = people.organisation(FeedbackFixture.unique("Council"),
                org.tandem.people.OrganisationKind.COUNCIL);

        long id = SystemAuthentication.call(() -> {
            FeedbackDraft draft = new FeedbackDraft();
            draft.setWhatWasSaid("Parents said the transport letters arrive after term has started.");
            draft.setSaidOn(LocalDate.of(2026, 11, 3));
            draft.setChannel("FORUM_MEETING");
            draft.setVoiceGroup(VoiceGroup.PARENTS_AND_CARERS);
            draft.setPeopleCount(14);
            long logged = service.log(draft);
            service.assign(logged, register.details(logged).version(), organisation, officerId);
            return logged;
        });

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage message = greenMail.getReceivedMessagesForDomain("council.example")[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(officer + "@council.example");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Dear Morgan Officer").contains("transport letters arrive after term")
                .contains("https://tandem.riverside.example/feedback/" + id);
    }
}
