package org.tandem.shared.ui;

import com.vaadin.flow.component.html.Span;
import org.tandem.shared.Rag;

/** A RAG status as a coloured badge that also says it in words, so colour is never the only signal. */
public class RagBadge extends Span {

    public RagBadge(Rag rag) {
        super(rag.label());
        addClassNames("rag-badge", rag.cssClass());
        setTitle(rag.meaning());
        getElement().setAttribute("aria-label", "RAG " + rag.label() + ": " + rag.meaning());
    }
}
