package org.tandem.measure;

import org.tandem.shared.Rag;

/** A measure's colour, the condition of the rule that gave it, and why, in words for the page. */
public record RagVerdict(Rag rag, RagRule.Condition condition, String why) {
}
