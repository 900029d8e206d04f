package org.tandem.sef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.feedback.FeedbackFilter;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackRow;
import org.tandem.risk.RiskFilter;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskRow;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Names the priorities, actions, risks and "you said, we did" items that evidence supports, asking each module
 * through its public service, so that each module's own rules on who sees what apply: an item the reader may not
 * see (a confidential risk) or that no longer exists is left out. A whole set is named at once, a few statements
 * per kind however many items there are. Also offers the items to choose from, searched by words and bounded.
 */
@Component
class SupportNames {

    /** A "you said, we did" item is named by the start of what was said. */
    static final int FEEDBACK_WORDS = 80;

    private final StrategyService strategy;
    private final ActionPlanService plan;
    private final RiskRegister risks;
    private final FeedbackRegister feedback;

    SupportNames(StrategyService strategy, ActionPlanService plan, RiskRegister risks, FeedbackRegister feedback) {
        this.strategy = strategy;
        this.plan = plan;
        this.risks = risks;
        this.feedback = feedback;
    }

    /** The named items for these links, in the order priority, action, risk, feedback, then by name. */
    Map<EvidenceLink, SupportedItem> name(Collection<EvidenceLink> links) {
        Map<LinkTarget, Set<Long>> ids = links.stream().filter(l -> l.kind() != LinkTarget.CRITERION)
                .collect(Collectors.groupingBy(EvidenceLink::kind, Collectors.mapping(EvidenceLink::targetId,
                        Collectors.toSet())));
        List<SupportedItem> named = new ArrayList<>();
        Set<Long> priorityIds = ids.getOrDefault(LinkTarget.PRIORITY, Set.of());
        if (!priorityIds.isEmpty()) {
            strategy.prioritiesById(priorityIds).values().forEach(p -> named.add(priority(p)));
        }
        Set<Long> actionIds = ids.getOrDefault(LinkTarget.ACTION, Set.of());
        if (!actionIds.isEmpty()) {
            plan.export(ActionFilter.none()).stream().filter(a -> actionIds.contains(a.id()))
                    .forEach(a -> named.add(new SupportedItem(LinkTarget.ACTION, a.id(), a.reference() + " "
                            + a.title(), "actions/" + a.id())));
        }
        Set<Long> riskIds = ids.getOrDefault(LinkTarget.RISK, Set.of());
        if (!riskIds.isEmpty()) {
            risks.export(withClosed()).stream().filter(r -> riskIds.contains(r.id())).forEach(r -> named.add(risk(r)));
        }
        Set<Long> feedbackIds = ids.getOrDefault(LinkTarget.FEEDBACK, Set.of());
        if (!feedbackIds.isEmpty()) {
            feedback.rows(feedbackIds).forEach(f -> named.add(feedback(f)));
        }
        Map<EvidenceLink, SupportedItem> byLink = new LinkedHashMap<>();
        named.stream().sorted(Comparator.comparing(SupportedItem::kind).thenComparing(SupportedItem::label))
                .forEach(item -> byLink.put(item.link(), item));
        return byLink;
    }

    /** Up to {@code limit} items of one kind whose name holds {@code words}, to choose from in the form. */
    List<SupportedItem> offer(LinkTarget kind, String words, int offset, int limit) {
        String text = words.strip().toLowerCase(Locale.ROOT);
        int page = limit <= 0 ? 0 : offset / limit;
        return switch (kind) {
            case PRIORITY -> strategy.priorities().stream().map(SupportNames::priority)
                    .filter(p -> p.label().toLowerCase(Locale.ROOT).contains(text)).skip(offset).limit(limit)
                    .toList();
            case ACTION -> plan.export(ActionFilter.none()).stream()
                    .map(a -> new SupportedItem(LinkTarget.ACTION, a.id(), a.reference() + " " + a.title(),
                            "actions/" + a.id()))
                    .filter(a -> a.label().toLowerCase(Locale.ROOT).contains(text)).skip(offset).limit(limit)
                    .toList();
            case RISK -> risks.list(RiskFilter.none().withText(text), PageRequest.of(page, limit)).stream()
                    .map(SupportNames::risk).toList();
            case FEEDBACK -> feedback.list(new FeedbackFilter(null, null, false, text), PageRequest.of(page, limit))
                    .stream().map(SupportNames::feedback).toList();
            case CRITERION -> List.of();
        };
    }

    private static RiskFilter withClosed() {
        return new RiskFilter(null, null, null, null, null, false, false, false, false, true, null, null, null, "");
    }

    private static SupportedItem priority(PriorityInfo p) {
        return new SupportedItem(LinkTarget.PRIORITY, p.id(), p.label(), "priorities/" + p.id());
    }

    private static SupportedItem risk(RiskRow r) {
        return new SupportedItem(LinkTarget.RISK, r.id(), r.reference() + " " + r.title(), "risks/" + r.id());
    }

    private static SupportedItem feedback(FeedbackRow f) {
        String said = f.whatWasSaid().strip().replaceAll("\\s+", " ");
        if (said.length() > FEEDBACK_WORDS) {
            int cut = said.lastIndexOf(' ', FEEDBACK_WORDS);
            said = said.substring(0, cut > FEEDBACK_WORDS / 2 ? cut : FEEDBACK_WORDS) + "…";
        }
        return new SupportedItem(LinkTarget.FEEDBACK, f.id(), "“" + said + "”", "feedback/" + f.id());
    }
}
