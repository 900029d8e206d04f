package org.tandem.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.reminder.DigestRun;
import org.tandem.reminder.ReminderDigest;
import org.tandem.people.SystemAuthentication;

/**
 * The application with a real SMTP server (GreenMail) and a third reminder source, for tests of the reminder
 * digest. Every subclass shares one application context. The server listens on a port found free once per test
 * JVM, so that another build running on the machine at the same time cannot take it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, PlanFixture.class, ExtraReminders.Source.class,
        SecondApplication.Strategy.class})
@TestExecutionListeners(listeners = SecondApplication.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public abstract class DigestTest {

    public static final String BASE_URL = "https://tandem.riverside.example";
    private static final ServerSetup SMTP = new ServerSetup(freePort(), null, ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    protected static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("tandem.mail.from", () -> "tandem@riverside.example");
        registry.add("tandem.base-url", () -> BASE_URL + "/");
    }

    @Autowired
    protected ReminderDigest digest;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected ExtraReminders extraReminders;
    @Autowired
    protected InitialPeople people;
    @Autowired
    protected UserService users;

    @AfterEach
    void realTimeAndNoExtraReminders() {
        extraReminders.clear();
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** Today's digest, as the job runs it. */
    protected DigestRun runDigest() {
        return SystemAuthentication.call(digest::send);
    }

    /** A new workstream lead; with an address, it is unique to them. */
    protected Person person(String name, boolean withEmail) {
        String username = unique(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
        people.user(username, name, withEmail ? username + "@partner.example" : null, null, PlanFixture.PASSWORD,
                List.of(Role.WORKSTREAM_LEAD));
        return SystemAuthentication.call(() -> users.peopleWithRole(Role.WORKSTREAM_LEAD).stream()
                .filter(p -> p.username().equals(username)).findFirst().orElseThrow());
    }

    /** The digests (not other e-mails) this address has received. */
    protected static List<MimeMessage> digestsTo(@Nullable String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().startsWith("Your Tandem reminders")
                        && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The one digest this address has received, as its recipient reads it (lines end in \n). */
    protected static String onlyDigestTo(@Nullable String address) {
        List<MimeMessage> digests = digestsTo(address);
        org.assertj.core.api.Assertions.assertThat(digests).as("digests to %s", address).hasSize(1);
        try {
            return ((String) digests.getFirst().getContent()).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
