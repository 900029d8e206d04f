package org.tandem.sef.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tandem.sef.Counted;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EvidenceRow;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.LinkedAction;
import org.tandem.sef.StoredFile;
import org.tandem.sef.SupportedItem;
import org.tandem.shared.BritishDates;
import org.tandem.shared.ui.RagBadge;

/** How the self-evaluation's screens say things: dates, actions with their RAG, and the way to open evidence. */
final class SefText {

    private SefText() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "Never" : BritishDates.LONG.format(date);
    }

    static Div actions(CriterionRow row) {
        Div actions = new Div();
        actions.addClassName("sef-actions");
        if (row.actions().isEmpty()) {
            actions.add(new Span("No linked action"));
        }
        for (LinkedAction action : row.actions()) {
            Div line = new Div(new Span(action.reference() + " " + action.title() + " "), new RagBadge(action.rag()));
            actions.add(line);
        }
        return actions;
    }

    /**
     * A link to the evidence: the web address for a link (opened in a new tab, said so), or the stored file sent
     * back under its own name as an attachment with a safe type, asked of the service at the moment of download
     * so that the check of who may open it is made then.
     */
    static Component open(EvidenceRow row, EvidenceService evidence) {
        if (!row.hasFile()) {
            String link = row.link() == null ? "" : row.link();
            Anchor anchor = new Anchor(link, "Open link");
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            anchor.getElement().setAttribute("aria-label", "Open link to " + row.title() + " (opens in a new tab)");
            return anchor;
        }
        long id = row.id();
        Anchor download = new Anchor((DownloadHandler) event -> {
            StoredFile file = evidence.file(id);
            event.setFileName(file.name());
            event.setContentType(file.contentType());
            event.getResponse().setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            evidence.writeFile(id, event.getOutputStream());
        }, "Download " + row.fileName() + " (" + size(row.sizeBytes()) + ")");
        download.getElement().setAttribute("download", true);
        return download;
    }

    /**
     * What the evidence supports besides criteria, each named and linked to its own page; nothing when it
     * supports none of them. A list, so that a screen reader says how many.
     */
    static Component supports(EvidenceRow row) {
        UnorderedList list = new UnorderedList();
        list.addClassName("sef-supports");
        list.getElement().setAttribute("aria-label", "Supports");
        for (SupportedItem item : row.supports()) {
            Anchor link = new Anchor(item.route(), item.inWords());
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        }
        list.setVisible(!row.supports().isEmpty());
        return list;
    }

    /** "1 more item holds personal data and is not shown to you." */
    static String hidden(long count) {
        return Counted.of(count, "more item holds", "more items hold") + " personal data and "
                + Counted.agreeing(count, "is", "are") + " not shown to you.";
    }

    static String size(@Nullable Long bytes) {
        if (bytes == null) {
            return "size unknown";
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
