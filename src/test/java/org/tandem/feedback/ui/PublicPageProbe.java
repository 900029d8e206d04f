package org.tandem.feedback.ui;

import com.vaadin.flow.dom.Element;
import org.tandem.feedback.PublicFeedback;
import org.tandem.shared.TandemProperties;

/** Builds the public page as opening it does (the view, then what entering it shows), for the benchmark. */
public final class PublicPageProbe {

    private PublicPageProbe() {
    }

    /** How many entries (each once, however many themes it is under) the page built by {@link #open} shows. */
    public static int entries(Element page) {
        return page.getChildren().filter(child -> child.getClassList().contains("public-entries")).findFirst()
                .map(list -> org.jsoup.Jsoup.parseBodyFragment(list.getProperty("innerHTML", "")).select("article[id^=entry-]")
                        .size()).orElse(0);
    }

    public static Element open(PublicFeedback feedback, TandemProperties properties) {
        PublicFeedbackView view = new PublicFeedbackView(feedback, properties);
        view.refresh();
        return view.getElement();
    }
}
