package org.tandem.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Components with nothing to click or type in, sent to the browser as one element's HTML instead of held as a
 * tree of components. Every open tab keeps each component of its page in server memory for as long as the tab
 * is open (a few hundred bytes each, more for links, which follow navigation); a part of a page that only says
 * something need not. The parts are built as components and turned into HTML by Flow (Jsoup escapes every text
 * and attribute), so what a person typed stays text. A link inside is an {@code <a router-link href="…">}, which
 * Flow's router follows without a page load.
 */
public class StaticHtml extends Div {

    private String html = "";

    public StaticHtml(Component... parts) {
        show(html(parts));
    }

    /** The parts' HTML, to keep and show again. */
    public static String html(Component... parts) {
        return Arrays.stream(parts).map(part -> part.getElement().getOuterHTML()).collect(Collectors.joining());
    }

    /** Shows {@code html}, which must come from {@link #html(Component...)}: nothing else is escaped. */
    protected final void show(String html) {
        this.html = html;
        getElement().setProperty("innerHTML", html);
    }

    /** What this element shows, as HTML. */
    public String html() {
        return html;
    }

    /** Moves focus to the first element inside that {@code selector} names (its tab stop, if it has none). */
    public void focus(String selector) {
        getElement().executeJs("const target = this.querySelector($0);"
                + " if (target) { if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))"
                + " { target.setAttribute('tabindex', '-1'); } target.focus(); }", selector);
    }
}
