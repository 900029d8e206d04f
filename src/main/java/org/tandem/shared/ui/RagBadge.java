package org.tandem.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.tandem.shared.Rag;

/** A RAG status as a coloured badge that also says it in words, so colour is never the only signal. */
public class RagBadge extends Span {

    public RagBadge(Rag rag) {
        super(rag.label());
        addClassNames("rag-badge", rag.cssClass());
        setTitle(rag.meaning());
        getElement().setAttribute("aria-label", ariaLabel(rag));
    }

    /**
     * The same badge for a grid column, drawn in the browser from the row's data: one component per row would
     * be held in server memory for every row the grid has sent.
     */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, Rag> rag) {
        return LitRenderer.<T>of("<span class=\"rag-badge ${item.ragClass}\" title=\"${item.ragMeaning}\" "
                        + "aria-label=\"${item.ragAria}\">${item.rag}</span>")
                .withProperty("rag", row -> rag.apply(row).label())
                .withProperty("ragClass", row -> rag.apply(row).cssClass())
                .withProperty("ragMeaning", row -> rag.apply(row).meaning())
                .withProperty("ragAria", row -> ariaLabel(rag.apply(row)));
    }

    private static String ariaLabel(Rag rag) {
        return "RAG " + rag.label() + ": " + rag.meaning();
    }
}
