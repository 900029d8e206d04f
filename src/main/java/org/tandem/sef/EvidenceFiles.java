package org.tandem.sef;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tandem.shared.ValidationProblem;

/**
 * Evidence files in the database, streamed in and out. On the way in the content is checked before a byte is
 * kept: not empty, within the size limit, of a type we keep (found from the content by Apache Tika's detector,
 * the name only refining it, as .docx refines "an Office Open XML package"), and named as what it is. The
 * checksum and size are taken as the stream passes. Called inside the service's transaction, so a refused or
 * broken upload leaves no row. A file is kept in pieces of 1 MB, so neither way holds it whole in memory.
 */
@Component
class EvidenceFiles {

    /** The types kept, with the words used to name them. */
    static final Map<String, String> KEPT = Map.ofEntries(
            Map.entry("application/pdf", "a PDF document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "a PowerPoint presentation"),
            Map.entry("application/msword", "a Word 97-2003 document"),
            Map.entry("application/vnd.ms-excel", "an Excel 97-2003 workbook"),
            Map.entry("application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation"),
            Map.entry("application/vnd.oasis.opendocument.text", "an OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"),
            Map.entry("image/png", "a PNG image"),
            Map.entry("image/jpeg", "a JPEG image"),
            Map.entry("image/gif", "a GIF image"),
            Map.entry("text/csv", "a CSV file"));

    private static final String KEPT_IN_WORDS = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF or CSV";

    static final int PIECE_BYTES = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Tika tika = new Tika();
    private final long maxBytes;

    EvidenceFiles(JdbcTemplate jdbc, @Value("${tandem.sef.max-upload-mb:20}") long maxMegabytes) {
        this.jdbc = jdbc;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores the file; a refusal is a {@link ValidationProblem} on "file" that says what was wrong. */
    StoredFile store(IncomingFile file) {
        String name = cleanName(file.name());
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream raw = file.content().open()) {
            Counting counted = new Counting(new DigestInputStream(raw, sha), maxBytes, name);
            BufferedInputStream in = new BufferedInputStream(counted, 64 * 1024);
            in.mark(1);
            if (in.read() < 0) {
                throw new ValidationProblem("file", "“" + name + "” is empty. Nothing was stored.");
            }
            in.reset();
            String type = contentType(in, name);
            long id = newFile();
            int pieces = 0;
            try {
                byte[] piece = new byte[PIECE_BYTES];
                int filled;
                while ((filled = in.readNBytes(piece, 0, PIECE_BYTES)) > 0) {
                    byte[] content = filled == PIECE_BYTES ? piece : java.util.Arrays.copyOf(piece, filled);
                    jdbc.update("insert into sef_evidence_file_piece (file_id, seq, content) values (?, ?, ?)", id,
                            pieces++, content);
                }
            } catch (RuntimeException failed) {
                throw refusalIn(failed, name);
            }
            jdbc.update("update sef_evidence_file set pieces = ? where id = ?", pieces, id);
            return new StoredFile(id, name, type, counted.count, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException broken) {
            throw refusalIn(new UncheckedIOException(broken), name);
        }
    }

    private static RuntimeException refusalIn(RuntimeException failed, String name) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationProblem problem) {
                return problem;
            }
            if (cause instanceof TooLarge tooLarge) {
                return new ValidationProblem("file", tooLarge.getMessage());
            }
            if (cause instanceof IOException) {
                return new ValidationProblem("file", "The upload of “" + name + "” did not arrive whole. "
                        + "Nothing was stored; try again.");
            }
        }
        return failed;
    }

    /** The type found in the content, refused unless it is one we keep and the name agrees with it. */
    private String contentType(BufferedInputStream in, String name) throws IOException {
        String detected = tika.detect(in, name);
        String byName = tika.detect(name);
        boolean nameSaysSomething = !MediaType.OCTET_STREAM.toString().equals(byName);
        if (nameSaysSomething && !byName.equals(detected) && KEPT.containsKey(byName)) {
            throw new ValidationProblem("file", "“" + name + "” is named as " + KEPT.get(byName)
                    + " but its content is " + inWords(detected) + ". Nothing was stored.");
        }
        if (!KEPT.containsKey(detected)) {
            throw new ValidationProblem("file", "“" + name + "” is " + inWords(detected) + "; the library keeps "
                    + KEPT_IN_WORDS + " files. Nothing was stored.");
        }
        return detected;
    }

    private static String inWords(String type) {
        String known = KEPT.get(type);
        if (known != null) {
            return known;
        }
        return switch (type) {
            case "text/plain" -> "plain text";
            case "text/html", "application/xhtml+xml" -> "a web page";
            case "application/zip" -> "a zip archive";
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable" -> "a program";
            case "application/octet-stream" -> "of an unknown type";
            default -> "of type " + type;
        };
    }

    private long newFile() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> connection.prepareStatement("insert into sef_evidence_file (pieces) values (0)",
                Statement.RETURN_GENERATED_KEYS), key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Writes the stored bytes to {@code out}, one piece read from the database at a time. */
    void copy(long fileId, OutputStream out) {
        Integer pieces = jdbc.queryForObject("select pieces from sef_evidence_file where id = ?", Integer.class,
                fileId);
        for (int seq = 0; seq < (pieces == null ? 0 : pieces); seq++) {
            jdbc.query("select content from sef_evidence_file_piece where file_id = ? and seq = ?", rs -> {
                try (InputStream in = rs.getBinaryStream(1)) {
                    in.transferTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, fileId, seq);
        }
    }

    void delete(long fileId) {
        jdbc.update("delete from sef_evidence_file_piece where file_id = ?", fileId);
        jdbc.update("delete from sef_evidence_file where id = ?", fileId);
    }

    /** The name without any folder a browser sent, and never blank. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.length() > 200) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, 200 - extension.length()) + extension;
        }
        return base.isEmpty() ? "file" : base;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Counts what passes and stops a file over the limit as soon as it crosses it. */
    private static final class Counting extends FilterInputStream {

        private final long limit;
        private final String name;
        private long count;

        Counting(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                passed(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                passed(n);
            }
            return n;
        }

        private void passed(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge("“" + name + "” is larger than the " + (limit / (1024 * 1024))
                        + " MB the library takes. Nothing was stored.");
            }
        }
    }

    /** An I/O failure, so that whatever reads the stream stops, recognised again by its type. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
