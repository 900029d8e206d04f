package org.tandem.sef;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tandem.people.SystemAuthentication;

/**
 * An edition of its own for each test: a private copy of the shipped area SEND framework (so that no other test's
 * evidence backs its criteria) and an academic year no other test uses.
 */
public final class SefFixture {

    /** Tests' own editions take years 2051 to 5999; the report and reminder tests take theirs from 6000 on. */
    private static int nextYear = 2051 + (int) (System.nanoTime() % 3000);

    final SefService sef;
    final SefFrameworks frameworks;
    final EvidenceService evidence;
    public long templateId;
    public long editionId;
    public String year;

    public SefFixture(SefService sef, SefFrameworks frameworks, EvidenceService evidence) {
        this.sef = sef;
        this.frameworks = frameworks;
        this.evidence = evidence;
    }

    /** A fresh framework and an edition on it. */
    public SefFixture edition() {
        SystemAuthentication.run(() -> {
            long shipped = frameworks.templates().stream().filter(t -> t.name().startsWith("Area SEND framework"))
                    .findFirst().orElseThrow().id();
            templateId = frameworks.copy(shipped, "Test framework " + java.util.UUID.randomUUID());
            editionId = start(templateId);
        });
        return this;
    }

    /** A fresh framework and an edition on it in a year from those offered. */
    SefFixture edition(java.util.function.Supplier<String> years) {
        SystemAuthentication.run(() -> {
            long shipped = frameworks.templates().stream().filter(t -> t.name().startsWith("Area SEND framework"))
                    .findFirst().orElseThrow().id();
            templateId = frameworks.copy(shipped, "Test framework " + java.util.UUID.randomUUID());
            editionId = start(templateId, years);
        });
        return this;
    }

    /** Starts an edition on the template in the first academic year that is free (years persist between runs). */
    long start(long template) {
        return start(template, SefFixture::freeYear);
    }

    /** Starts an edition in the first free year of those offered. */
    long start(long template, java.util.function.Supplier<String> years) {
        for (int tries = 0; ; tries++) {
            String candidate = years.get();
            try {
                long id = SystemAuthentication.call(() -> sef.startEdition(candidate, template));
                year = candidate;
                return id;
            } catch (org.tandem.shared.ValidationProblem taken) {
                if (tries > 200) {
                    throw taken;
                }
            }
        }
    }

    static synchronized String freeYear() {
        if (nextYear > 5999) {
            nextYear = 2051;
        }
        return label(nextYear++);
    }

    static String label(int start) {
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    public List<CriterionRow> rows() {
        return SystemAuthentication.call(() -> sef.overview(editionId).rows());
    }

    public CriterionRow row(int index) {
        return rows().get(index);
    }

    public void judge(int index, String judgement, LocalDate reviewedOn, Set<Long> actionIds) {
        SystemAuthentication.run(() -> {
            EvaluationDraft draft = sef.edit(row(index).evaluationId());
            draft.setJudgement(judgement);
            draft.setLastReviewedOn(reviewedOn);
            draft.setActionIds(actionIds);
            draft.setWhatWeKnow("What we know for " + index);
            sef.review(draft);
        });
    }

    long evidenceFor(long criterionId, Voice voice, LocalDate on) {
        return SystemAuthentication.call(() -> evidence.add(draft("Evidence " + voice + " " + on, voice, on,
                criterionId), null));
    }

    static EvidenceDraft draft(String title, Voice voice, LocalDate on, long... criterionIds) {
        EvidenceDraft draft = new EvidenceDraft();
        draft.setTitle(title);
        draft.setKind(EvidenceKind.DATA);
        draft.setVoice(voice);
        draft.setEvidencedOn(on);
        draft.setSourceOrganisation("Riverside Council");
        draft.setLink("https://example.org/" + title.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT));
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (long id : criterionIds) {
            ids.add(id);
        }
        draft.setCriterionIds(ids);
        return draft;
    }

    static IncomingFile file(String name, byte[] content) {
        return new IncomingFile(name, () -> new ByteArrayInputStream(content));
    }

    static IncomingFile text(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A small but real PDF. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
