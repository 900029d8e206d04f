package org.tandem.measure;

import java.util.List;
import java.util.stream.Collectors;
import org.tandem.measure.Trajectory.Point;

/**
 * What a measure's chart shows, drawn by {@link MeasureCharts}: its values, the trajectory to the target, the
 * interim targets and the benchmarks. Its alternative text is written from the same figures.
 */
public record ChartData(String title, Unit unit, List<Point> values, List<Point> trajectory, List<Point> interims,
        List<Point> england, List<Point> region, List<Point> neighbours) {

    public ChartData {
        values = List.copyOf(values);
        trajectory = List.copyOf(trajectory);
        interims = List.copyOf(interims);
        england = List.copyOf(england);
        region = List.copyOf(region);
        neighbours = List.copyOf(neighbours);
    }

    /** The same chart over its last {@code count} values only, for a small trend chart. */
    public ChartData recent(int count) {
        if (values.size() <= count) {
            return this;
        }
        java.time.LocalDate from = values.get(values.size() - count).on();
        java.util.function.Predicate<Point> inWindow = p -> !p.on().isBefore(from);
        return new ChartData(title, unit, values.subList(values.size() - count, values.size()), trajectory,
                interims.stream().filter(inWindow).toList(), england.stream().filter(inWindow).toList(),
                region.stream().filter(inWindow).toList(), neighbours.stream().filter(inWindow).toList());
    }

    /** The chart in words: the values first and last, the target, and the latest benchmarks. */
    public String alternativeText() {
        if (values.isEmpty()) {
            return "Chart of " + title + ": no values yet.";
        }
        StringBuilder text = new StringBuilder("Chart of ").append(title).append(": ").append(values.size())
                .append(values.size() == 1 ? " value, " : " values, from ")
                .append(unit.format(values.getFirst().value()));
        if (values.size() > 1) {
            text.append(" to ").append(unit.format(values.getLast().value()));
        }
        if (!trajectory.isEmpty()) {
            text.append("; target ").append(unit.format(trajectory.getLast().value()));
        }
        if (!interims.isEmpty()) {
            text.append("; interim targets ").append(interims.stream().map(p -> unit.format(p.value()))
                    .collect(Collectors.joining(", ")));
        }
        latest(text, "England", england);
        latest(text, "region", region);
        latest(text, "statistical neighbours", neighbours);
        return text.append(". The same figures are in the table.").toString();
    }

    private void latest(StringBuilder text, String name, List<Point> points) {
        if (!points.isEmpty()) {
            text.append("; ").append(name).append(" latest ").append(unit.format(points.getLast().value()));
        }
    }
}
