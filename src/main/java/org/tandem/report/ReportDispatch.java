package org.tandem.report;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.mail.MailMessage;
import org.tandem.mail.MailOutcome;
import org.tandem.mail.MailStatus;
import org.tandem.mail.MailService;

/**
 * Sends the copies that are due, each at most once.
 *
 * <p>A copy is claimed by a conditional update committed before its e-mail leaves; only the caller whose update
 * changed the row sends it, so two instances, or a retry racing a slow send, never both send. A failure that may
 * pass (the server is down) is retried with a doubling wait (1 minute up to an hour between tries) for
 * {@code tandem.report.retry-for} (24 hours). If Tandem stops between claiming and recording the outcome, the copy
 * stays "being sent"; after {@link #ABANDONED_AFTER} it is recorded as failed and not sent again, because the
 * e-mail may already have arrived and nobody should receive the report twice. An admin sees it on the report's
 * page and can send that copy again on purpose.
 */
@Component
class ReportDispatch {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(ReportDispatch.class);
    private static final int BATCH = 200;
    private static final int SENDERS = 4;

    private final ReportDeliveries deliveries;
    private final IssuedReports reports;
    private final MailService mail;
    private final ReportSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String instance;

    ReportDispatch(ReportDeliveries deliveries, IssuedReports reports, MailService mail, ReportSettings settings,
            Clock clock, PlatformTransactionManager transactions) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.instance = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Sends every copy due now, a few at a time (each over its own connection, so one slow or failing address does
     * not hold up the rest); returns how many this call sent (or put in the outbox).
     */
    int sendDue() {
        recordAbandoned();
        int delivered = 0;
        Map<Long, Contents> contents = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            while (true) {
                List<Long> due = transaction.execute(status -> deliveries.due(clock.instant(), Limit.of(BATCH)));
                if (due == null || due.isEmpty()) {
                    return delivered;
                }
                List<Future<Boolean>> sent = new ArrayList<>();
                for (Long id : due) {
                    sent.add(senders.submit(() -> sendOne(id, contents)));
                }
                int before = delivered;
                for (Future<Boolean> one : sent) {
                    if (Boolean.TRUE.equals(one.get())) {
                        delivered++;
                    }
                }
                if (delivered == before) {
                    return delivered;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return delivered;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending a report copy failed", e.getCause());
        } finally {
            senders.shutdown();
        }
    }

    private boolean sendOne(long id, Map<Long, Contents> contents) {
        Instant now = clock.instant();
        Integer claimed = transaction.execute(status -> deliveries.claim(id, now, instance));
        if (claimed == null || claimed == 0) {
            return false;
        }
        Letter letter = transaction.execute(status -> letter(id, contents));
        if (letter == null) {
            return false;
        }
        MailOutcome outcome = letter.message() == null
                ? new MailOutcome(MailStatus.FAILED, "This board member has no e-mail address in Tandem.", false)
                : mail.deliver(letter.message());
        transaction.executeWithoutResult(status -> {
            ReportDelivery delivery = deliveries.findById(id).orElseThrow();
            if (outcome.delivered()) {
                delivery.sent(clock.instant(), outcome.status() == MailStatus.OUTBOX);
            } else {
                delivery.failed(outcome.error() == null ? "Unknown failure" : outcome.error(), outcome.retryable(),
                        clock.instant(), settings.retryFor());
            }
        });
        return outcome.delivered();
    }

    /** The e-mail for one copy, from the report as it was issued (so every retry sends the same thing). */
    private Letter letter(long deliveryId, Map<Long, Contents> contents) {
        ReportDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
        if (delivery.getRecipient().isBlank()) {
            return new Letter(null);
        }
        Contents report = contents.computeIfAbsent(delivery.getReportId(), this::contents);
        String messageId = "<report-" + delivery.getReportId() + "-copy-" + delivery.getId() + "@tandem>";
        return new Letter(new MailMessage(delivery.getRecipient(), report.title(), report.text(), report.html(),
                List.of(report.pdf()), report.images(), messageId));
    }

    /** What every copy of a report carries, read once per run rather than once per copy. */
    private Contents contents(long reportId) {
        IssuedReport report = reports.findById(reportId).orElseThrow();
        List<MailMessage.Part> images = report.getCharts().stream()
                .map(chart -> new MailMessage.Part(chart.getContentId(), "image/png", chart.getPng())).toList();
        return new Contents(report.getTitle(), report.getEmailText(), report.getEmailHtml(), new MailMessage.Part(
                ReportFiles.pdfName(report.getTitle()), "application/pdf", report.getPdf()), images);
    }

    private record Contents(String title, String text, String html, MailMessage.Part pdf,
            List<MailMessage.Part> images) {
    }

    private void recordAbandoned() {
        transaction.executeWithoutResult(status -> {
            for (ReportDelivery delivery : deliveries.abandoned(clock.instant().minus(ABANDONED_AFTER))) {
                log.warn("Report copy {} to {} was interrupted while being sent; it is not sent again",
                        delivery.getId(), delivery.getRecipient());
                delivery.failed("Tandem stopped while sending this copy, so it may already have arrived. It was "
                        + "not sent again, so that nobody receives the report twice; an admin can send it again.",
                        false, clock.instant(), settings.retryFor());
            }
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "tandem";
        }
    }

    private record Letter(@org.jspecify.annotations.Nullable MailMessage message) {
    }
}
