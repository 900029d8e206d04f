package org.tandem.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The path a measure is expected to follow: straight lines from the baseline through each interim target to the
 * target. Before the baseline it expects the baseline, after the target date the target.
 */
public record Trajectory(List<Point> points) {

    static final Trajectory NONE = new Trajectory(List.of());

    /** A value on a day. */
    public record Point(LocalDate on, double value) {
    }

    public Trajectory {
        points = List.copyOf(points);
    }

    static Trajectory of(LocalDate baselineOn, double baseline, LocalDate targetOn, double target,
            List<InterimTarget> interims) {
        List<Point> points = new ArrayList<>();
        points.add(new Point(baselineOn, baseline));
        interims.stream().filter(i -> i.on().isAfter(baselineOn) && i.on().isBefore(targetOn))
                .sorted(Comparator.comparing(InterimTarget::on)).forEach(i -> points.add(new Point(i.on(),
                        i.value())));
        points.add(new Point(targetOn.isAfter(baselineOn) ? targetOn : baselineOn.plusDays(1), target));
        return new Trajectory(points);
    }

    public boolean exists() {
        return !points.isEmpty();
    }

    public double baseline() {
        return points.getFirst().value();
    }

    public double target() {
        return points.getLast().value();
    }

    /** The value expected on a day, or null with no trajectory. */
    public @Nullable Double expected(LocalDate on) {
        if (points.isEmpty()) {
            return null;
        }
        if (!on.isAfter(points.getFirst().on())) {
            return points.getFirst().value();
        }
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (!on.isAfter(to.on())) {
                double span = ChronoUnit.DAYS.between(from.on(), to.on());
                double gone = ChronoUnit.DAYS.between(from.on(), on);
                return from.value() + (to.value() - from.value()) * gone / span;
            }
        }
        return points.getLast().value();
    }
}
