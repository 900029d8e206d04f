package org.tandem.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;

/** Asks every module's {@link ReportPart} for its sections and puts them in order. */
@Component
class ReportComposer {

    private final ObjectProvider<ReportPart> parts;
    private final Clock clock;
    private final ReportSettings settings;

    ReportComposer(ObjectProvider<ReportPart> parts, Clock clock, ReportSettings settings) {
        this.parts = parts;
        this.clock = clock;
        this.settings = settings;
    }

    ReportDocument compose(HalfTermInfo halfTerm, Map<String, Long> previousFigures) {
        ReportContext context = new ReportContext(halfTerm, LocalDate.now(clock), clock.instant(), previousFigures,
                settings.namesInCompliance());
        List<ReportSection> sections = new ArrayList<>();
        SystemAuthentication.run(() -> parts.orderedStream().forEach(part -> sections.addAll(part.sections(context))));
        sections.sort(Comparator.comparingInt(ReportSection::order));
        if (!sections.isEmpty()) {
            sections.add(GlossarySection.of(sections));
        }
        return new ReportDocument("SEND partnership board report: " + halfTerm.label(), halfTerm.id(),
                halfTerm.label(), halfTerm.dates(), context.asAt(), context.producedAt(), sections);
    }
}
