package org.tandem.mail.ui;

import com.vaadin.flow.component.html.IFrame;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows an e-mail's HTML part as its recipient would read it, without letting it act on Tandem's page: the frame
 * is sandboxed with every restriction (no scripts, no forms, no same origin), and the document carries a policy
 * that lets it run no script and load nothing from anywhere, as the archived report's page does
 * (org.tandem.report.ReportFiles). Inline images are not kept in the outbox, so their alternative text shows, as
 * in a mail client that blocks images.
 */
final class MailFrame {

    static final String POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private static final String META = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">";
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    private MailFrame() {
    }

    static IFrame of(String html, String title) {
        IFrame frame = new IFrame();
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setSrcdoc(withPolicy(html));
        frame.setTitle(title);
        frame.addClassName("mail-frame");
        return frame;
    }

    /** The policy goes first in the head, before anything it must govern. */
    static String withPolicy(String html) {
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            return html.substring(0, head.end()) + META + html.substring(head.end());
        }
        return META + html;
    }
}
