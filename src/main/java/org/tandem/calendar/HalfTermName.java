package org.tandem.calendar;

/** The six half-terms of the English school year, in order. */
public enum HalfTermName {
    AUTUMN_1("Autumn 1"), AUTUMN_2("Autumn 2"), SPRING_1("Spring 1"), SPRING_2("Spring 2"),
    SUMMER_1("Summer 1"), SUMMER_2("Summer 2");

    private final String label;

    HalfTermName(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
