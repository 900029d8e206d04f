package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;

/** The readiness list says what inspectors will ask for and which items have no evidence yet. */
class ReadinessTest extends IntegrationTest {

    @Autowired
    ReadinessService readiness;
    @Autowired
    EvidenceService evidence;

    @Test
    void theListStartsWithWhatInspectorsAskForAndAnItemIsMissingUntilEvidenceAnswersIt() {
        assertThat(SystemAuthentication.call(() -> readiness.list())).extracting(ReadinessRow::title)
                .contains("Self-evaluation summary", "Joint commissioning", "Local Offer");
        String title = unique("Short breaks offer");
        long id = SystemAuthentication.call(() -> readiness.add(title, "What short breaks families can have"));
        ReadinessRow added = row(title);
        assertThat(added.missing()).isTrue();

        long answer = SystemAuthentication.call(() -> evidence.add(SefFixture.draft("Short breaks statement",
                Voice.DATA, LocalDate.of(2059, 1, 5)), null));
        SystemAuthentication.run(() -> readiness.answer(id, added.version(), Set.of(answer)));

        ReadinessRow answered = row(title);
        assertThat(answered.missing()).isFalse();
        assertThat(answered.evidence()).extracting(EvidenceRow::title).containsExactly("Short breaks statement");
    }

    private ReadinessRow row(String title) {
        return SystemAuthentication.call(() -> readiness.list()).stream().filter(r -> r.title().equals(title))
                .findFirst().orElseThrow();
    }
}
