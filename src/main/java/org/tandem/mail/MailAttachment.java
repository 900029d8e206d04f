package org.tandem.mail;

import java.util.List;

/** An attachment as the outbox remembers it: its file name and size, not its content. */
public record MailAttachment(String name, long bytes) {

    static MailAttachment of(MailMessage.Part part) {
        return new MailAttachment(part.name(), part.content().length);
    }

    /** "Board report.pdf, 123 KB": at least 1 KB, so that a small file does not read as empty. */
    public String label() {
        return name + ", " + Math.max(1, bytes / 1024) + " KB";
    }

    /** One "size&lt;TAB&gt;name" line each; a name cannot hold a line break or a tab in any mail client. */
    static String lines(List<MailAttachment> attachments) {
        StringBuilder lines = new StringBuilder();
        for (MailAttachment attachment : attachments) {
            lines.append(attachment.bytes()).append('\t')
                    .append(attachment.name().replaceAll("[\\t\\r\\n]", " ")).append('\n');
        }
        return lines.toString();
    }

    static List<MailAttachment> parse(String lines) {
        return lines.lines().filter(line -> line.indexOf('\t') > 0).map(line -> {
            int tab = line.indexOf('\t');
            return new MailAttachment(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
        }).toList();
    }
}
