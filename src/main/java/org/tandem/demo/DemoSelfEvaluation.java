package org.tandem.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.people.Person;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EvaluationDraft;
import org.tandem.sef.EvidenceDraft;
import org.tandem.sef.EvidenceKind;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.IncomingFile;
import org.tandem.sef.LinkedAction;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;
import org.tandem.sef.TemplateOutline;
import org.tandem.sef.Voice;

/**
 * Riverside's self-evaluation: SEF 2025/26 on the area SEND framework, graded, evidenced (about 40 items, small
 * generated files and links, no real personal data) and approved by the board, and SEF 2026/27 started from it
 * with a few judgements moved, so the overview, gap view, comparison and freezing are there to explore. Runs
 * after the action plan and before the report; does nothing when SEF 2025/26 is already there.
 */
@Component
@Profile("default")
@Order(35)
class DemoSelfEvaluation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSelfEvaluation.class);
    private static final String[] JUDGEMENTS = {"Secure", "Developing", "Developing", "Weak", "Secure", "Secure",
        "Strong", "Developing", "Weak", "Secure", "Developing"};
    private static final String[] OWNERS = {"gareth.evans", "dave.hughes", "nadia.begum", "joanna.price",
        "aisha.rahman"};
    private static final Voice[] VOICES = {Voice.DATA, Voice.PARENT_CARERS, Voice.PRACTITIONERS,
        Voice.CHILDREN_AND_YOUNG_PEOPLE};
    private static final EvidenceKind[] KINDS = {EvidenceKind.DATA, EvidenceKind.FAMILY_FEEDBACK,
        EvidenceKind.AUDIT, EvidenceKind.SURVEY, EvidenceKind.CASE_STUDY, EvidenceKind.MINUTES};
    private static final String[] SOURCES = {"Riverside Council", "Riverside Parent Carer Forum",
        "Riverside and District ICB", "Riverside Schools Forum"};

    private final SefService sef;
    private final SefFrameworks frameworks;
    private final EvidenceService evidence;
    private final UserService users;
    private final Clock clock;

    DemoSelfEvaluation(SefService sef, SefFrameworks frameworks, EvidenceService evidence, UserService users,
            Clock clock) {
        this.sef = sef;
        this.frameworks = frameworks;
        this.evidence = evidence;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            if (sef.editions().stream().anyMatch(e -> e.academicYear().equals("2025/26"))) {
                return;
            }
            TemplateOutline template = frameworks.templates().stream()
                    .filter(t -> t.shipped() && t.name().startsWith("Area SEND")).findFirst().orElseThrow();
            LocalDate today = LocalDate.now(clock);
            Map<String, Person> people = users.everyone().stream().collect(Collectors.toMap(Person::username,
                    Function.identity()));
            List<LinkedAction> actions = sef.actions();
            long editionId = sef.startEdition("2025/26", template.id());
            List<CriterionRow> rows = sef.overview(editionId).rows();
            int items = 0;
            for (int i = 0; i < rows.size(); i++) {
                CriterionRow row = rows.get(i);
                EvaluationDraft draft = sef.edit(row.evaluationId());
                draft.setJudgement(JUDGEMENTS[i % JUDGEMENTS.length]);
                Person owner = people.get(OWNERS[i % OWNERS.length]);
                draft.setOwnerId(owner == null ? null : owner.id());
                draft.setWhatWeKnow("Our data and what families tell us about " + row.title().toLowerCase()
                        + " show steady but uneven progress across the area.");
                draft.setHowWeKnow("Monthly performance data, the parent carer forum's survey, audits of EHC plans "
                        + "and the multi-agency quality assurance panel.");
                draft.setWhatWeAreDoing("The linked actions in the SEND improvement plan.");
                draft.setImpactSoFar(i % 3 == 0 ? "Early signs of improvement in the latest quarter."
                        : "Too early to see the difference for most families.");
                if (!actions.isEmpty() && (!JUDGEMENTS[i % JUDGEMENTS.length].equals("Weak") || i == 3)) {
                    Set<Long> linked = new HashSet<>();
                    linked.add(actions.get((i * 3) % actions.size()).id());
                    draft.setActionIds(linked);
                }
                // Two criteria were last reviewed long ago, so the gap view and the digest have something to say.
                draft.setLastReviewedOn(i == 5 || i == 9 ? today.minusMonths(8) : today.minusDays(10 + i));
                sef.review(draft);
                items += evidenceFor(row, i, today);
            }
            var edition = sef.overview(editionId).edition();
            sef.submit(editionId, edition.version());
            sef.approve(editionId, sef.overview(editionId).edition().version(), today, "PB/26/31");
            long next = sef.startEdition("2026/27", template.id());
            List<CriterionRow> nextRows = sef.overview(next).rows();
            for (int i : new int[] {1, 3, 6}) {
                EvaluationDraft draft = sef.edit(nextRows.get(i).evaluationId());
                draft.setJudgement(i == 6 ? "Secure" : i == 3 ? "Developing" : "Secure");
                draft.setLastReviewedOn(today);
                sef.review(draft);
            }
            log.info("Demo: added SEF 2025/26 (approved) with {} evidence items, and SEF 2026/27", items);
        });
    }

    private int evidenceFor(CriterionRow row, int index, LocalDate today) {
        int count = index % 3 == 0 ? 5 : index == 4 ? 1 : 3;
        for (int n = 0; n < count; n++) {
            Voice voice = index == 7 ? Voice.DATA : VOICES[(index + n) % VOICES.length];
            EvidenceKind kind = voice == Voice.PARENT_CARERS ? EvidenceKind.FAMILY_FEEDBACK
                    : KINDS[(index + n) % KINDS.length];
            EvidenceDraft draft = new EvidenceDraft();
            String topic = row.title().toLowerCase();
            draft.setTitle(kind.label() + ": " + topic + (n > 0 ? " (" + (n + 1) + ")" : ""));
            draft.setKind(kind);
            draft.setVoice(voice);
            // Criterion 4 has only old evidence: the gap view calls it thin.
            draft.setEvidencedOn(index == 4 ? today.minusMonths(15) : today.minusMonths(1 + (n * 4L) % 11));
            draft.setSourceOrganisation(SOURCES[(index + n) % SOURCES.length]);
            draft.setDescription("Generated for the demonstration partnership; no real person is described.");
            draft.setCriterionIds(Set.of(row.criterionId()));
            draft.setPersonalData(kind == EvidenceKind.CASE_STUDY);
            IncomingFile file = null;
            if (n % 3 == 0) {
                file = csv(topic, index, n);
            } else if (n % 3 == 1) {
                file = pdf(topic);
            } else {
                draft.setLink("https://www.example.org/riverside/send/" + (index + 1) + "-" + (n + 1));
            }
            evidence.add(draft, file);
        }
        return count;
    }

    private static IncomingFile csv(String topic, int index, int n) {
        StringBuilder text = new StringBuilder("month,measure,value\n");
        for (int m = 1; m <= 6; m++) {
            text.append("2026-0").append(m).append(',').append(topic.replace(',', ' ')).append(',')
                    .append(50 + (index * 7 + m * 3 + n) % 40).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new IncomingFile("riverside-" + (index + 1) + "-" + (n + 1) + ".csv",
                () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** A one-page PDF written by hand, so the demo needs no renderer. */
    private static IncomingFile pdf(String topic) {
        String line = ("Riverside SEND partnership - " + topic).replaceAll("[()\\\\]", " ");
        String content = "BT /F1 12 Tf 50 750 Td (" + line + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        return new IncomingFile(topic.replaceAll("[^a-z0-9]+", "-") + ".pdf",
                () -> new java.io.ByteArrayInputStream(bytes));
    }
}
