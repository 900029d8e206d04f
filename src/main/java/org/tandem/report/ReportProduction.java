package org.tandem.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.CurrentUser;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ValidationProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues a half-term's report in one transaction: composes it from the live data, renders every format, stores
 * it, lists one delivery per recipient and closes the half-term's progress updates. Either all of that happens
 * or none of it (a crash half-way leaves nothing, and the next attempt starts again); the unique half-term
 * column makes a second issue, from another instance, fail instead of duplicating.
 */
@Component
class ReportProduction {

    private final ReportComposer composer;
    private final ReportRenderer renderer;
    private final IssuedReports reports;
    private final ReportDeliveries deliveries;
    private final CalendarService calendar;
    private final UserService users;
    private final ReportSettings settings;
    private final TandemProperties properties;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ReportProduction(ReportComposer composer, ReportRenderer renderer, IssuedReports reports,
            ReportDeliveries deliveries, CalendarService calendar, UserService users, ReportSettings settings,
            TandemProperties properties, Clock clock, JsonMapper json, PlatformTransactionManager transactions,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
        this.composer = composer;
        this.renderer = renderer;
        this.reports = reports;
        this.deliveries = deliveries;
        this.calendar = calendar;
        this.users = users;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The report as it would be issued now, for the page: nothing is stored or sent. */
    ReportDocument preview(HalfTermInfo halfTerm) {
        return composer.compose(halfTerm, previousFigures());
    }

    String previewPage(HalfTermInfo halfTerm) {
        return renderer.page(preview(halfTerm));
    }

    /**
     * Issues the half-term's report, or returns the one already issued (by anyone, on any instance). When two
     * instances race, the database lets one insert win (the other sees a duplicate or is chosen as a deadlock's
     * victim); the loser tries again and finds the winner's report.
     */
    long issue(long halfTermId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return issueOnce(halfTermId);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to issue the report", e);
        }
    }

    private long issueOnce(long halfTermId) {
        Long id = transaction.execute(status -> {
            var existing = reports.findByHalfTermId(halfTermId);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            HalfTermInfo halfTerm = calendar.halfTerm(halfTermId)
                    .orElseThrow(() -> new ValidationProblem("halfTerm", "That half-term no longer exists."));
            ReportDocument document = composer.compose(halfTerm, previousFigures());
            ReportRenderer.Rendered rendered = renderer.render(document, link());
            IssuedReport report = reports.saveAndFlush(new IssuedReport(halfTermId, document.title(),
                    document.producedAt(), issuer(), rendered, json.writeValueAsString(document),
                    json.writeValueAsString(document.figures())));
            deliveries.saveAll(recipients().stream()
                    .map(recipient -> new ReportDelivery(report.getId(), recipient, clock.instant())).toList());
            calendar.closeHalfTerm(halfTermId);
            events.publishEvent(new ReportIssued(report.getId(), halfTermId, document.producedAt()));
            return report.getId();
        });
        return id == null ? 0 : id;
    }

    /** Every active board member, then the configured extra addresses; each person once. */
    List<Recipient> recipients() {
        Map<String, Recipient> unique = new LinkedHashMap<>();
        for (Person member : users.peopleWithRole(Role.BOARD_MEMBER)) {
            Recipient recipient = new Recipient(member.displayName(), member.email(), member.id());
            unique.putIfAbsent(recipient.key(), recipient);
        }
        for (String address : settings.extraRecipients()) {
            if (!address.isBlank()) {
                Recipient recipient = new Recipient(address.strip(), address.strip(), null);
                unique.putIfAbsent(recipient.key(), recipient);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private Map<String, Long> previousFigures() {
        List<String> found = reports.figuresBefore(clock.instant(), org.springframework.data.domain.Limit.of(1));
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        json.readTree(found.getFirst()).properties().forEach(entry -> figures.put(entry.getKey(),
                entry.getValue().asLong()));
        return figures;
    }

    private String link() {
        String base = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
        return base + "reports";
    }

    private String issuer() {
        String username = currentUser.username();
        return username.isEmpty() ? SystemAuthentication.NAME : username;
    }
}
