package org.tandem.sef;

/**
 * Something a piece of evidence supports besides a criterion, as people read it: a priority, an action, a risk or
 * a "you said, we did" item, named as its own module names it, with the address of its page.
 */
public record SupportedItem(LinkTarget kind, long id, String label, String route) {

    EvidenceLink link() {
        return new EvidenceLink(kind, id);
    }

    /** "Risk R-004 Too few specialist places", said the same way wherever the item is listed. */
    public String inWords() {
        return kind.singular() + " " + label;
    }
}
