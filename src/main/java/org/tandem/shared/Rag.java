package org.tandem.shared;

/** Red, amber, green: how something stands, with blue for complete and grey for not started or not rated. */
public enum Rag {
    RED("Red", "Off track"),
    AMBER("Amber", "At risk"),
    GREEN("Green", "On track"),
    BLUE("Blue", "Complete"),
    GREY("Grey", "Not started or not rated");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** Plain words for those who cannot tell the colours apart or use a screen reader. */
    public String meaning() {
        return meaning;
    }

    public String cssClass() {
        return "rag-" + name().toLowerCase();
    }

    @Override
    public String toString() {
        return label;
    }
}
