package org.tandem.measure;

/** A measure of the starter library, in Tandem's own words; it has no values until the partnership enters them. */
public record LibraryMeasure(String code, String name, String definition, Unit unit, Polarity polarity,
        Frequency frequency, String dataSource, boolean familyExperience, boolean adopted) {
}
