package org.tandem.feedback.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.feedback.PublicEntry;
import org.tandem.feedback.Theme;
import org.tandem.glossary.FirstUse;
import org.tandem.glossary.PlainWords;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.StaticHtml;

/**
 * Published entries grouped by theme or by priority, newest first in each group. Only the reviewed public
 * wording is shown, always as text. An entry under several themes appears under each; only its first copy
 * carries the anchor the feeds link to.
 *
 * <p>The entries are built as components once, turned into HTML and sent as this element's content
 * ({@link StaticHtml}): one state node instead of about 1,400 per visitor.
 * Anyone on the internet may open this page, and it was the load test's slowest view. The HTML is kept for the
 * {@value #CACHED_PAGES} entry lists most recently shown; a change to an entry makes a different list, hence new
 * HTML.
 */
class PublicEntries extends StaticHtml {

    enum Grouping {
        THEME("Theme"), PRIORITY("Priority");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static final int CACHED_PAGES = 32;

    private record Shown(List<PublicEntry> entries, Grouping grouping) {
    }

    private static final Map<Shown, String> HTML = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Shown, String> eldest) {
                    return size() > CACHED_PAGES;
                }
            });

    PublicEntries() {
        addClassName("public-entries");
    }

    void show(List<PublicEntry> entries, Grouping grouping) {
        show(HTML.computeIfAbsent(new Shown(List.copyOf(entries), grouping), PublicEntries::render));
    }

    private static String render(Shown shown) {
        Map<String, List<PublicEntry>> groups = shown.grouping() == Grouping.THEME ? byTheme(shown.entries())
                : byPriority(shown.entries());
        Set<Long> anchored = new HashSet<>();
        FirstUse words = new FirstUse();
        StringBuilder html = new StringBuilder();
        groups.forEach((title, members) -> {
            Section section = new Section(PlainWords.fill(new H2(), FirstUse.marked(title + " (" + members.size()
                    + ")")));
            section.addClassName("public-group");
            members.forEach(entry -> section.add(article(entry, anchored.add(entry.id()), words)));
            html.append(StaticHtml.html(section));
        });
        return html.toString();
    }

    private static Map<String, List<PublicEntry>> byTheme(List<PublicEntry> entries) {
        Map<String, List<PublicEntry>> groups = new LinkedHashMap<>();
        entries.stream().flatMap(e -> e.themes().stream()).distinct().sorted().forEach(theme ->
                groups.put(theme.label(), entries.stream().filter(e -> e.themes().contains(theme)).toList()));
        List<PublicEntry> untagged = entries.stream().filter(e -> e.themes().isEmpty()).toList();
        if (!untagged.isEmpty()) {
            groups.put("Other things you told us", untagged);
        }
        return groups;
    }

    private static Map<String, List<PublicEntry>> byPriority(List<PublicEntry> entries) {
        Map<String, List<PublicEntry>> groups = new LinkedHashMap<>();
        entries.stream().flatMap(e -> e.priorities().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(PublicEntry.PublicPriority::number))
                .forEach(priority -> groups.put(priority.label(),
                        entries.stream().filter(e -> e.priorities().contains(priority)).toList()));
        List<PublicEntry> unlinked = entries.stream().filter(e -> e.priorities().isEmpty()).toList();
        if (!unlinked.isEmpty()) {
            groups.put("Not linked to a priority", unlinked);
        }
        return groups;
    }

    /** Moves focus to an entry's first copy (the one the feeds link to), for a keyboard and a screen reader. */
    void focus(long entryId) {
        focus("#entry-" + entryId);
    }

    private static Article article(PublicEntry entry, boolean anchor, FirstUse words) {
        Article article = new Article();
        article.addClassNames("card", "public-entry");
        if (anchor) {
            article.setId("entry-" + entry.id());
        }
        Paragraph meta = new Paragraph("Published " + Dates.format(entry.publishedOn()) + ". Status: "
                + entry.status().publicLabel().toLowerCase() + "."
                + (entry.themes().isEmpty() ? "" : " Themes: " + entry.themes().stream().map(Theme::label)
                        .collect(Collectors.joining(", ")) + ".")
                + (entry.priorities().isEmpty() ? "" : " " + entry.priorities().stream()
                        .map(PublicEntry.PublicPriority::label).collect(Collectors.joining("; ")) + "."));
        meta.addClassName("public-meta");
        // The heading says what this entry is about, so a screen reader's list of headings tells entries apart;
        // "You said" and the status are labels within it, the same in every entry.
        // Abbreviations are spelt out on their first use on the page, in the text itself.
        article.add(PlainWords.fill(new H3(), FirstUse.marked(headline(entry.youSaid()))), label("You said"),
                PlainWords.fill(new Paragraph(), words.pieces(entry.youSaid())), label(entry.status().publicLabel()),
                PlainWords.fill(new Paragraph(), words.pieces(entry.weDid())), meta);
        return article;
    }

    private static Paragraph label(String text) {
        Paragraph label = new Paragraph(text);
        label.addClassName("public-label");
        return label;
    }

    /** The first sentence of what was said, cut at a word near {@value #HEADLINE_LENGTH} characters. */
    static String headline(String youSaid) {
        String first = youSaid.strip().split("(?<=[.!?])\\s+", 2)[0].replaceFirst("[.]$", "");
        if (first.length() <= HEADLINE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', HEADLINE_LENGTH);
        return first.substring(0, cut > HEADLINE_LENGTH / 2 ? cut : HEADLINE_LENGTH).strip() + "…";
    }

    static final int HEADLINE_LENGTH = 90;
}
