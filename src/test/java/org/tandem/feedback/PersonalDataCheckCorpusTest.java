package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check against a corpus of lines as families and officers write them (test resource
 * {@code feedback/personal-data-corpus.txt}): it must catch at least 95% of the lines holding personal data and
 * flag at most 5% of those that hold none. The rates are printed, so a change to the check shows its effect.
 */
class PersonalDataCheckCorpusTest {

    private final PersonalDataCheck check = new PersonalDataCheck(List.of("Oakfield"));

    @Test
    void catchesAtLeast95PercentOfPersonalDataWithAtMost5PercentFalseAlarms() throws IOException {
        List<String> personal = new ArrayList<>();
        List<String> ordinary = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/feedback/personal-data-corpus.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                if (line.startsWith("P|")) {
                    personal.add(line.substring(2));
                } else if (line.startsWith("N|")) {
                    ordinary.add(line.substring(2));
                }
            });
        }
        assertThat(personal.size() + ordinary.size()).isGreaterThanOrEqualTo(200);

        List<String> missed = personal.stream().filter(line -> check.findings(line, "you said").isEmpty()).toList();
        List<String> falseAlarms = ordinary.stream().filter(line -> !check.findings(line, "you said").isEmpty())
                .toList();
        double caught = 100.0 * (personal.size() - missed.size()) / personal.size();
        double alarms = 100.0 * falseAlarms.size() / ordinary.size();
        System.out.printf("Personal-data check: caught %.1f%% of %d lines with personal data, false alarms on %.1f%%"
                + " of %d lines without%n", caught, personal.size(), alarms, ordinary.size());
        missed.forEach(line -> System.out.println("  missed: " + line));
        falseAlarms.forEach(line -> System.out.println("  false alarm: " + line + " → "
                + check.findings(line, "you said").stream().map(Finding::match).toList()));

        assertThat(caught).as("share of lines with personal data caught; missed: %s", missed)
                .isGreaterThanOrEqualTo(95.0);
        assertThat(alarms).as("share of lines without personal data flagged: %s", falseAlarms)
                .isLessThanOrEqualTo(5.0);
    }
}
