package org.tandem.measure;

import java.time.LocalDate;

/** A measure the partnership no longer watches, as the "Retired" list shows it, to be restored. */
public record RetiredMeasure(long id, long version, String name, LocalDate retiredOn) {
}
