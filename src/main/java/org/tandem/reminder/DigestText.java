package org.tandem.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.shared.TandemProperties;

/** The words of one person's digest: plain text, reminders under their headings, each with a link into Tandem. */
@Component
class DigestText {

    /** Past this many lines under one heading the rest are counted, so that a long backlog stays readable. */
    static final int LINES_PER_HEADING = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final TandemProperties properties;

    DigestText(TandemProperties properties) {
        this.properties = properties;
    }

    String subject(LocalDate day) {
        return "Your Tandem reminders for " + DAY.format(day);
    }

    String body(Recipient recipient, List<Reminder> reminders, LocalDate day) {
        StringBuilder text = new StringBuilder("Dear ").append(oneLine(recipient.name())).append(",\n\n")
                .append("This is what is waiting for you in Tandem on ").append(DAY.format(day)).append(".\n");
        headings(reminders).forEach((heading, lines) -> {
            text.append('\n').append(oneLine(heading)).append('\n');
            lines.stream().limit(LINES_PER_HEADING).forEach(reminder -> text.append("- ")
                    .append(oneLine(reminder.line())).append("\n  ").append(url(reminder.link())).append('\n'));
            if (lines.size() > LINES_PER_HEADING) {
                text.append("- and ").append(lines.size() - LINES_PER_HEADING).append(" more in Tandem: ")
                        .append(url("")).append('\n');
            }
        });
        return text.append("\nTandem sends you at most one of these e-mails a day, and only when something is due.\n")
                .append("Tandem, for the ").append(properties.partnershipName()).append('\n').toString();
    }

    /** Headings in the order they first appear, each with its reminders in the order given. */
    private static Map<String, List<Reminder>> headings(List<Reminder> reminders) {
        Map<String, List<Reminder>> byHeading = new LinkedHashMap<>();
        reminders.forEach(reminder -> byHeading.computeIfAbsent(reminder.heading(), heading -> new ArrayList<>())
                .add(reminder));
        return byHeading;
    }

    private String url(String path) {
        return properties.baseUrl().replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    }

    /** Text people typed (a title, what families said) stays on its line, whatever breaks it held. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
