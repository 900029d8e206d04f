package org.tandem.feedback.ui;

import com.vaadin.flow.dom.Element;
import org.tandem.feedback.PublicFeedback;
import org.tandem.shared.TandemProperties;

/** Builds the public page as opening it does (the view, then what entering it shows), for the benchmark. */
public final class PublicPageProbe {

    private PublicPageProbe() {
    }

    public static Element open(PublicFeedback feedback, TandemProperties properties) {
        PublicFeedbackView view = new PublicFeedbackView(feedback, properties);
        view.refresh();
        return view.getElement();
    }
}
