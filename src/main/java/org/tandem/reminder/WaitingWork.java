package org.tandem.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.tandem.people.CurrentUser;
import org.tandem.people.SignedIn;
import org.tandem.people.SystemAuthentication;

/**
 * What waits for the person signed in today, from the same sources as the reminder digest (each module's
 * {@link ReminderSource} bean), grouped under the digest's headings, for their home page.
 */
@Service
public class WaitingWork {

    private static final Logger LOG = LoggerFactory.getLogger(WaitingWork.class);

    private final ObjectProvider<ReminderSource> sources;
    private final CurrentUser currentUser;
    private final Clock clock;

    WaitingWork(ObjectProvider<ReminderSource> sources, CurrentUser currentUser, Clock clock) {
        this.sources = sources;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Each heading with its lines, in the sources' order; empty when nothing waits (or for the system). */
    @SignedIn
    public List<Waiting> forMe() {
        Long me = currentUser.id();
        if (me == null) {
            return List.of();
        }
        // Today as the digest counts it: the injected clock is in the partnership's time zone.
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Waiting.Item>> byHeading = new LinkedHashMap<>();
        sources.orderedStream().forEach(source -> {
            try {
                SystemAuthentication.call(() -> source.waitingFor(me, today)).forEach(reminder -> byHeading
                        .computeIfAbsent(reminder.heading(), heading -> new ArrayList<>())
                        .add(new Waiting.Item(reminder.line(), reminder.link())));
            } catch (RuntimeException e) {
                // As in the digest: one module's failure leaves its lines out, not the whole home page.
                LOG.warn("Reminder source {} failed for the home page of user {}", source.getClass().getName(), me, e);
            }
        });
        return byHeading.entrySet().stream().map(entry -> new Waiting(entry.getKey(), entry.getValue())).toList();
    }

    /** One heading of what waits, with its lines and the page where each is done. */
    public record Waiting(String heading, List<Item> items) {

        public record Item(String line, String link) {
        }
    }
}
