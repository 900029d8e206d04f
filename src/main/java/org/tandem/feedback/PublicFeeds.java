package org.tandem.feedback;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.shared.TandemProperties;

/**
 * The JSON and Atom feeds of published entries, for the Local Offer website and feed readers. Parameters are
 * taken as text and bounded by {@link PublicQuery}, so odd or huge values give a normal answer, never an error
 * page. Text is escaped for its format: in JSON, {@code <}, {@code >} and {@code &} too, so a feed pasted into a
 * page cannot run script.
 */
@RestController
class PublicFeeds {

    static final String JSON_PATH = "/public/you-said-we-did.json";
    static final String ATOM_PATH = "/public/you-said-we-did.atom";
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final PublicFeedback feedback;
    private final TandemProperties properties;

    PublicFeeds(PublicFeedback feedback, TandemProperties properties) {
        this.feedback = feedback;
        this.properties = properties;
    }

    @GetMapping(JSON_PATH)
    ResponseEntity<String> json(@RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String limit) {
        List<PublicEntry> entries = feedback.search(PublicQuery.parse(text, theme, priority, limit));
        String body = entries.stream().map(this::json).collect(Collectors.joining(",\n", "{\"title\":"
                + quote(title()) + ",\"link\":" + quote(pageUrl()) + ",\"entries\":[\n", "\n]}\n"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(FIVE_MINUTES).body(body);
    }

    @GetMapping(ATOM_PATH)
    ResponseEntity<String> atom(@RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String limit) {
        List<PublicEntry> entries = feedback.search(PublicQuery.parse(text, theme, priority, limit));
        return ResponseEntity.ok().contentType(ATOM).cacheControl(FIVE_MINUTES).body(atom(entries));
    }

    private String json(PublicEntry entry) {
        return "{\"id\":" + entry.id()
                + ",\"youSaid\":" + quote(entry.youSaid())
                + ",\"weDid\":" + quote(entry.weDid())
                + ",\"status\":" + quote(entry.status().publicLabel())
                + ",\"published\":" + quote(entry.publishedOn().toString())
                + ",\"themes\":" + entry.themes().stream().map(t -> quote(t.label()))
                        .collect(Collectors.joining(",", "[", "]"))
                + ",\"priorities\":" + entry.priorities().stream().map(p -> quote(p.label()))
                        .collect(Collectors.joining(",", "[", "]"))
                + ",\"link\":" + quote(pageUrl() + "#entry-" + entry.id()) + "}";
    }

    /** A JSON string, with markup characters and anything outside printable ASCII as \\u escapes. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '\'') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private String atom(List<PublicEntry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", title());
            element(xml, "id", pageUrl());
            element(xml, "updated", stamp(entries.isEmpty() ? Instant.EPOCH : entries.getFirst().publishedAt()));
            link(xml, pageUrl(), "alternate");
            link(xml, properties.baseUrl() + ATOM_PATH, "self");
            xml.writeStartElement("author");
            element(xml, "name", properties.partnershipName());
            xml.writeEndElement();
            for (PublicEntry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", pageUrl() + "#entry-" + entry.id());
                element(xml, "title", "You said: " + shorten(entry.youSaid()));
                element(xml, "updated", stamp(entry.publishedAt()));
                link(xml, pageUrl() + "#entry-" + entry.id(), "alternate");
                for (Theme theme : entry.themes()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", theme.slug());
                    xml.writeAttribute("label", theme.label());
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(clean("You said: " + entry.youSaid() + "\n\n" + entry.status().publicLabel()
                        + ": " + entry.weDid()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    /** XML 1.0 has no place for most control characters, even escaped; they are dropped. */
    static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }

    private static String stamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private String title() {
        return "You said, we did: " + properties.partnershipName();
    }

    private String pageUrl() {
        return properties.baseUrl() + "/you-said-we-did";
    }
}
