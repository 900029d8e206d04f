package org.tandem.sef;

import java.util.List;

/** A framework as its page shows it: areas in order, each with its criteria in order. */
public record TemplateOutline(long id, long version, String name, String description, List<String> outcomes,
        boolean shipped, List<Area> areas, boolean mayEdit) {

    public record Area(long id, int position, String title, String description, List<Item> criteria) {
    }

    public record Item(long id, long version, int position, String title, String description) {
    }

    public int criteriaCount() {
        return areas.stream().mapToInt(a -> a.criteria().size()).sum();
    }
}
