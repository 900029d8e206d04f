package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;

/**
 * What the library takes: files checked by their content (Apache Tika), within the size limit, never empty, kept
 * whole with a checksum and sent back under their own name; links only to web addresses. A refused or broken
 * upload leaves nothing behind.
 */
class EvidenceUploadTest extends IntegrationTest {

    static final LocalDate ON = LocalDate.of(2054, 1, 15);

    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReadinessService readiness;

    @Test
    void aPdfIsKeptWithItsTypeSizeAndChecksumAndComesBackWhole() throws Exception {
        byte[] pdf = SefFixture.pdf();
        long id = SystemAuthentication.call(() -> evidence.add(draft("Annual SEND survey"),
                SefFixture.file("survey results.pdf", pdf)));

        StoredFile file = SystemAuthentication.call(() -> evidence.file(id));
        assertThat(file.name()).isEqualTo("survey results.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(pdf)));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        SystemAuthentication.run(() -> evidence.writeFile(id, back));
        assertThat(back.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void aCsvIsKnownByItsNameOnceItsContentIsText() {
        long id = SystemAuthentication.call(() -> evidence.add(draft("EHCNA timeliness"),
                SefFixture.text("timeliness.csv", "month,within 20 weeks\n2053-09,61%\n")));
        assertThat(SystemAuthentication.call(() -> evidence.file(id)).contentType()).isEqualTo("text/csv");
    }

    @Test
    void aFileNamedPdfWhoseContentIsNotAPdfIsRefused() {
        assertRefused(SefFixture.text("minutes.pdf", "These are the minutes, typed as plain text."),
                "“minutes.pdf” is named as a PDF document but its content is plain text. Nothing was stored.");
    }

    @Test
    void aTypeTheLibraryDoesNotKeepIsRefused() {
        assertRefused(SefFixture.text("notes.html", "<!DOCTYPE html><html><body><p>hi</p></body></html>"),
                "“notes.html” is a web page; the library keeps PDF, Word, Excel, PowerPoint, OpenDocument, PNG, "
                        + "JPEG, GIF or CSV files. Nothing was stored.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(SefFixture.file("empty.pdf", new byte[0]), "“empty.pdf” is empty. Nothing was stored.");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsStored() {
        long limit = SystemAuthentication.call(() -> evidence.maxFileBytes());
        assertThat(limit).isEqualTo(20L * 1024 * 1024);
        IncomingFile huge = new IncomingFile("huge.pdf", () -> new Endless(SefFixture.pdf(), limit + 1));
        assertRefused(huge, "“huge.pdf” is larger than the 20 MB the library takes. Nothing was stored.");
    }

    @Test
    void anUploadCutOffHalfWayLeavesNoFileAndNoRow() {
        IncomingFile broken = new IncomingFile("cut.pdf", () -> new Broken(SefFixture.pdf()));
        assertRefused(broken, "The upload of “cut.pdf” did not arrive whole. Nothing was stored; try again.");
    }

    @Test
    void oneRefusedFileAmongSeveralStoresNoneOfThem() {
        Integer files = jdbc.queryForObject("select count(*) from sef_evidence_file", Integer.class);
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.addFiles(draft("Batch"), List.of(
                SefFixture.file("good.pdf", SefFixture.pdf()), SefFixture.text("bad.pdf", "not a pdf")))))
                .isInstanceOf(ValidationProblem.class);
        assertThat(jdbc.queryForObject("select count(*) from sef_evidence_file", Integer.class)).isEqualTo(files);
        assertThat(count("Batch: good.pdf")).isZero();
    }

    @Test
    void aLinkMustBeAWebAddress() {
        EvidenceDraft draft = draft("Local offer page");
        draft.setLink("javascript:alert(1)");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.add(draft, null)))
                .hasMessage("Give a web address starting with https:// or http://.");
        draft.setLink("file:///etc/passwd");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.add(draft, null)))
                .hasMessage("Give a web address starting with https:// or http://.");
        draft.setLink("");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.add(draft, null)))
                .hasMessage("Upload a file or give a link to where the evidence is.");
    }

    @Test
    void changingAnItemKeepsItsFileAndRemovingItTakesTheFileAndItsReadinessLinkToo() {
        long id = SystemAuthentication.call(() -> evidence.add(draft("Parent survey 2054"),
                SefFixture.file("survey.pdf", SefFixture.pdf())));
        EvidenceDraft changed = SystemAuthentication.call(() -> evidence.edit(id));
        changed.setTitle("Parent survey 2054, final");
        SystemAuthentication.run(() -> evidence.update(changed));
        StoredFile file = SystemAuthentication.call(() -> evidence.file(id));
        assertThat(file.name()).isEqualTo("survey.pdf");
        assertThat(count("Parent survey 2054, final")).isEqualTo(1);

        long item = SystemAuthentication.call(() -> readiness.add(unique("Survey results"), ""));
        long version = SystemAuthentication.call(() -> readiness.list()).stream().filter(r -> r.id() == item)
                .findFirst().orElseThrow().version();
        SystemAuthentication.run(() -> readiness.answer(item, version, java.util.Set.of(id)));
        long now = SystemAuthentication.call(() -> evidence.edit(id)).getVersion();
        SystemAuthentication.run(() -> evidence.remove(id, now));

        assertThat(count("Parent survey 2054, final")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sef_evidence_file_piece where file_id = ?",
                Integer.class, file.id())).isZero();
        assertThat(SystemAuthentication.call(() -> readiness.list()).stream().filter(r -> r.id() == item)
                .findFirst().orElseThrow().missing()).isTrue();
    }

    @Test
    void evidenceCannotSupportACriterionOrActionThatDoesNotExist() {
        EvidenceDraft draft = draft("Orphan");
        draft.setLink("https://example.org/orphan");
        draft.setCriterionIds(java.util.Set.of(-5L));
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.add(draft, null)))
                .hasMessage("One of those criteria is no longer in any framework.");
        draft.setCriterionIds(java.util.Set.of());
        draft.setActionIds(java.util.Set.of(-6L));
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.add(draft, null)))
                .hasMessage("One of those actions no longer exists.");
    }

    private void assertRefused(IncomingFile file, String message) {
        String title = unique("Refused");
        Integer files = jdbc.queryForObject("select count(*) from sef_evidence_file", Integer.class);
        assertThatThrownBy(() -> SystemAuthentication.run(() -> evidence.add(draft(title), file)))
                .isInstanceOf(ValidationProblem.class).hasMessage(message);
        assertThat(count(title)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sef_evidence_file", Integer.class)).isEqualTo(files);
    }

    private long count(String title) {
        Long n = jdbc.queryForObject("select count(*) from sef_evidence where title = ?", Long.class, title);
        return n == null ? 0 : n;
    }

    private static EvidenceDraft draft(String title) {
        EvidenceDraft draft = new EvidenceDraft();
        draft.setTitle(title);
        draft.setKind(EvidenceKind.SURVEY);
        draft.setVoice(Voice.PARENT_CARERS);
        draft.setEvidencedOn(ON);
        draft.setSourceOrganisation("Riverside Parent Carer Forum");
        return draft;
    }

    /** A PDF's first bytes, then padding, to {@code length} bytes, made as it is read. */
    static final class Endless extends InputStream {
        private final byte[] start;
        private final long length;
        private long at;

        Endless(byte[] start, long length) {
            this.start = start;
            this.length = length;
        }

        @Override
        public int read() {
            if (at >= length) {
                return -1;
            }
            return at < start.length ? start[(int) at++] : (int) (at++ & 0x3f) + 32;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - at);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    /** A connection dropped after the first bytes. */
    static final class Broken extends InputStream {
        private final byte[] start;
        private int at;

        Broken(byte[] start) {
            this.start = start;
        }

        @Override
        public int read() throws IOException {
            if (at < start.length) {
                return start[at++];
            }
            throw new IOException("Connection reset");
        }
    }
}
