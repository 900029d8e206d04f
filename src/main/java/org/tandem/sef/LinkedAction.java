package org.tandem.sef;

import org.tandem.shared.Rag;

/** An action that answers a criterion, with its RAG (shown with its word, never colour alone). */
public record LinkedAction(long id, String reference, String title, Rag rag) {
}
