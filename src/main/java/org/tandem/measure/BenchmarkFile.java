package org.tandem.measure;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.ValidationProblem;

/**
 * Reads an Explore Education Statistics "tidy" CSV file: one row per time period and geography, with
 * {@code time_period}, {@code geographic_level}, {@code country_name}, {@code region_name}, {@code new_la_code},
 * {@code la_name} and one column per indicator. For each indicator asked for it takes England's row, the
 * region's, the area's own and its statistical neighbours' (averaged). It never guesses: a suppressed or
 * unreadable cell, a period that is not a school year and a period given twice with different figures are
 * left out and said so; what was used is said too.
 */
final class BenchmarkFile {

    static final int MAX_ROWS = 100_000;
    static final Set<String> SUPPRESSED = Set.of("c", "x", "z", "low", "u", ":", "~", "k", "n/a");
    private static final List<String> REQUIRED = List.of("time_period", "geographic_level");

    /** Where the area is: its code, its region's name and its neighbours' codes. */
    record Area(String laCode, String region, List<String> neighbours) {
    }

    /** One indicator's figures for one school year. */
    record Figures(@Nullable Double england, @Nullable Double region, @Nullable Double neighbours,
            @Nullable Double own, int neighboursCounted) {
    }

    record Read(Map<String, Map<Integer, Figures>> byIndicator, List<String> used, List<String> skipped) {
    }

    private BenchmarkFile() {
    }

    static Read read(String text, Area area, Collection<String> indicators) {
        if (area.laCode().isBlank()) {
            throw new ValidationProblem("laCode", "Set the local authority's code (new_la_code) in the settings "
                    + "first.");
        }
        List<String> used = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(new StringReader(strip(text)))) {
            Map<String, Integer> headers = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> headers.put(h.strip().toLowerCase(Locale.ROOT), headers.size()));
            for (String required : REQUIRED) {
                if (!headers.containsKey(required)) {
                    throw new ValidationProblem("file", "This is not an open-data \"tidy\" file: it has no "
                            + required + " column.");
                }
            }
            List<String> wanted = indicators.stream().filter(i -> headers.containsKey(i.toLowerCase(Locale.ROOT)))
                    .toList();
            if (wanted.isEmpty()) {
                throw new ValidationProblem("file", "No column of this file is the open-data column of a measure. "
                        + "Its columns: " + String.join(", ", headers.keySet()) + ".");
            }
            Set<String> ignored = new LinkedHashSet<>(headers.keySet());
            ignored.removeAll(List.of("time_period", "time_identifier", "geographic_level", "country_code",
                    "country_name", "region_code", "region_name", "new_la_code", "old_la_code", "la_name"));
            wanted.forEach(w -> ignored.remove(w.toLowerCase(Locale.ROOT)));
            if (!ignored.isEmpty()) {
                used.add("Columns not read (no measure uses them): " + String.join(", ", ignored) + ".");
            }
            // indicator → year → place → the values seen (more than one distinct value means two releases)
            Map<String, Map<Integer, Map<String, Set<Double>>>> seen = new TreeMap<>();
            Set<String> badPeriods = new LinkedHashSet<>();
            int otherAreas = 0;
            int rows = 0;
            for (CSVRecord record : parser) {
                if (++rows > MAX_ROWS) {
                    throw new ValidationProblem("file", "The file has more than " + MAX_ROWS + " rows; filter it "
                            + "to the indicators and years needed.");
                }
                String period = cell(record, headers, "time_period");
                Integer year = schoolYear(period);
                if (year == null) {
                    badPeriods.add(period);
                    continue;
                }
                String place = place(record, headers, area);
                if (place == null) {
                    otherAreas++;
                    continue;
                }
                for (String indicator : wanted) {
                    String raw = cell(record, headers, indicator.toLowerCase(Locale.ROOT));
                    String where = describe(place) + ", " + Frequency.YEARLY.label(new Period(year, 1)) + ", "
                            + indicator;
                    if (SUPPRESSED.contains(raw.toLowerCase(Locale.ROOT))) {
                        skipped.add(where + ": suppressed (\"" + raw + "\") in the published data.");
                        continue;
                    }
                    Double value = number(raw);
                    if (value == null) {
                        skipped.add(where + ": \"" + raw + "\" is not a number.");
                        continue;
                    }
                    seen.computeIfAbsent(indicator, k -> new TreeMap<>()).computeIfAbsent(year, k -> new TreeMap<>())
                            .computeIfAbsent(place, k -> new LinkedHashSet<>()).add(value);
                }
            }
            if (!badPeriods.isEmpty()) {
                skipped.add("Rows for periods that are not school years (like 202324) were not read: "
                        + String.join(", ", badPeriods) + ".");
            }
            if (otherAreas > 0) {
                used.add(otherAreas + " rows for other areas or levels were not read.");
            }
            return new Read(figures(seen, area, used, skipped), used, skipped);
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ValidationProblem("file", "The file could not be read as CSV: " + e.getMessage());
        }
    }

    private static Map<String, Map<Integer, Figures>> figures(Map<String, Map<Integer, Map<String,
            Set<Double>>>> seen, Area area, List<String> used, List<String> skipped) {
        Map<String, Map<Integer, Figures>> result = new LinkedHashMap<>();
        seen.forEach((indicator, years) -> years.forEach((year, places) -> {
            String yearLabel = Frequency.YEARLY.label(new Period(year, 1));
            Map<String, Double> single = new LinkedHashMap<>();
            places.forEach((place, values) -> {
                if (values.size() > 1) {
                    skipped.add(describe(place) + ", " + yearLabel + ", " + indicator + ": the file gives "
                            + values.size() + " different figures (two releases?), so none was used.");
                } else {
                    single.put(place, values.iterator().next());
                }
            });
            List<Double> neighbours = new ArrayList<>();
            for (String code : area.neighbours()) {
                Double value = single.get("la:" + code);
                if (value != null) {
                    neighbours.add(value);
                }
            }
            Double average = neighbours.isEmpty() ? null
                    : neighbours.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            Figures figures = new Figures(single.get("england"), single.get("region"), average,
                    single.get("la:" + area.laCode()), neighbours.size());
            result.computeIfAbsent(indicator, k -> new TreeMap<>()).put(year, figures);
            used.add(indicator + ", " + yearLabel + ": England " + shown(figures.england()) + ", region "
                    + shown(figures.region()) + ", neighbours' average " + shown(average) + " (" + neighbours.size()
                    + " of " + area.neighbours().size() + " neighbours), own " + shown(figures.own()) + ".");
        }));
        return result;
    }

    private static String shown(@Nullable Double value) {
        return value == null ? "not given" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** "england", "region" or "la:E09000001"; null for a row of no interest. */
    private static @Nullable String place(CSVRecord record, Map<String, Integer> headers, Area area) {
        String level = cell(record, headers, "geographic_level").toLowerCase(Locale.ROOT);
        return switch (level) {
            case "national" -> cell(record, headers, "country_name").isEmpty()
                    || cell(record, headers, "country_name").equalsIgnoreCase("England") ? "england" : null;
            case "regional" -> cell(record, headers, "region_name").equalsIgnoreCase(area.region()) ? "region"
                    : null;
            case "local authority" -> {
                String code = cell(record, headers, "new_la_code");
                yield code.equalsIgnoreCase(area.laCode()) || area.neighbours().contains(code) ? "la:" + code
                        : null;
            }
            default -> null;
        };
    }

    private static String describe(String place) {
        return switch (place) {
            case "england" -> "England";
            case "region" -> "Region";
            default -> "Local authority " + place.substring(3);
        };
    }

    /** 202324 is the school year 2023/24; anything else (a calendar or financial year) is not guessed at. */
    static @Nullable Integer schoolYear(String period) {
        if (period.matches("\\d{6}")) {
            int start = Integer.parseInt(period.substring(0, 4));
            int end = Integer.parseInt(period.substring(4));
            return end == (start + 1) % 100 ? start : null;
        }
        return null;
    }

    private static @Nullable Double number(String raw) {
        String clean = raw.replace(",", "").replace("%", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(clean);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> headers, String name) {
        Integer index = headers.get(name);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
