package org.tandem.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportBlock.Paragraph;
import org.tandem.report.ReportBlock.RagBar;
import org.tandem.report.ReportBlock.RagChart;
import org.tandem.report.ReportBlock.Subheading;
import org.tandem.report.ReportBlock.Table;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportPart;
import org.tandem.report.ReportSection;
import org.tandem.shared.Rag;

/**
 * The action plan's part of the board report: the headline, each priority with the actions that need the
 * board's attention, and update compliance. Exceptions come first; what is on track is counted, not listed.
 */
@Component
class ActionReportPart implements ReportPart {

    static final int UPDATE_TEXT_LIMIT = 250;
    private static final java.time.format.DateTimeFormatter DUE =
            org.tandem.shared.BritishDates.SHORT;

    private final ActionPlanService plan;
    private final ActionItems actions;
    private final ProgressUpdates updates;
    private final UserService users;

    ActionReportPart(ActionPlanService plan, ActionItems actions, ProgressUpdates updates, UserService users) {
        this.plan = plan;
        this.actions = actions;
        this.updates = updates;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportSection> sections(ReportContext context) {
        List<PriorityCard> cards = plan.overview();
        Set<Long> priorityIds = cards.stream().map(card -> card.priority().id()).collect(Collectors.toSet());
        List<ActionItem> all = actions.findAll((root, query, cb) -> priorityIds.isEmpty() ? cb.disjunction()
                : root.get("priorityId").in(priorityIds));
        Set<Long> ids = all.stream().map(ActionItem::getId).collect(Collectors.toSet());
        Map<Long, ProgressUpdate> latest = ids.isEmpty() ? Map.of() : updates.latestFor(ids).stream()
                .collect(Collectors.toMap(update -> update.getAction().getId(), Function.identity(), (a, b) -> a));
        Set<Long> updated = ids.isEmpty() ? Set.of()
                : new HashSet<>(updates.actionsUpdatedIn(context.halfTerm().id(), ids));
        Map<Long, Person> owners = users.people(all.stream().map(ActionItem::getOwnerId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Facts facts = new Facts(context, all, latest, updated, owners);
        return List.of(headline(context, cards, facts), priorities(cards, facts), compliance(context, facts));
    }

    private ReportSection headline(ReportContext context, List<PriorityCard> cards, Facts facts) {
        List<ActionItem> counted = facts.all.stream().filter(a -> a.getStatus() != ActionStatus.CANCELLED).toList();
        Map<String, Long> figures = new HashMap<>();
        figures.put("actions", (long) counted.size());
        List<List<String>> statusRows = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            if (status == ActionStatus.CANCELLED) {
                continue;
            }
            long count = counted.stream().filter(a -> a.getStatus() == status).count();
            figures.put("actions." + status.name(), count);
            statusRows.add(List.of(status.label(), Long.toString(count), context.change("actions." + status.name(),
                    count)));
        }
        long overdue = counted.stream().filter(a -> a.isOverdue(context.asAt())).count();
        figures.put("actions.overdue", overdue);
        statusRows.add(List.of("Overdue (past due date, not complete)", Long.toString(overdue),
                context.change("actions.overdue", overdue)));
        Map<Rag, Long> prioritiesByRag = new EnumMap<>(Rag.class);
        cards.forEach(card -> prioritiesByRag.merge(card.rag(), 1L, Long::sum));
        prioritiesByRag.forEach((rag, count) -> figures.put("priorities." + rag.name(), count));
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph(summary(cards, prioritiesByRag, counted.size(), overdue, facts)));
        blocks.add(new Table("Actions by status", List.of("Status", "Actions", "Change since the last report"),
                statusRows, -1));
        if (!cards.isEmpty()) {
            List<RagBar> bars = cards.stream().map(card -> new RagBar(card.priority().label(),
                    ragCounts(facts.byPriority(card.priority().id()), context.asAt()))).toList();
            blocks.add(new RagChart("Actions by RAG for each priority", bars));
        }
        return new ReportSection("headline", ReportPart.HEADLINE, "Headline", blocks, figures);
    }

    private static String summary(List<PriorityCard> cards, Map<Rag, Long> prioritiesByRag, long actionCount,
            long overdue, Facts facts) {
        if (cards.isEmpty()) {
            return "The current strategy has no priorities yet, so there is no action plan to report on.";
        }
        String priorities = prioritiesByRag.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().label().toLowerCase())
                .collect(Collectors.joining(", "));
        long completed = facts.completedThisHalfTerm().size();
        return cards.size() + (cards.size() == 1 ? " priority (" : " priorities (") + priorities + "). "
                + actionCount + (actionCount == 1 ? " action" : " actions") + ", of which " + overdue
                + " overdue and " + completed + " completed this half-term.";
    }

    private ReportSection priorities(List<PriorityCard> cards, Facts facts) {
        List<ReportBlock> blocks = new ArrayList<>();
        if (cards.isEmpty()) {
            blocks.add(new Paragraph("No priorities yet."));
        }
        List<PriorityCard> worstFirst = cards.stream().sorted(Comparator.comparing(ActionReportPart::urgency)
                .thenComparing(card -> card.priority().number())).toList();
        for (PriorityCard card : worstFirst) {
            blocks.add(new Subheading(card.priority().label(), card.rag()));
            blocks.add(new Paragraph(card.rag().label() + ". " + card.reason()));
            List<ActionItem> own = facts.byPriority(card.priority().id());
            List<ActionItem> attention = own.stream().filter(a -> a.getStatus().isOpen()
                    && (a.isOverdue(facts.context.asAt()) || a.getStatus() == ActionStatus.OFF_TRACK
                            || a.getStatus() == ActionStatus.AT_RISK))
                    .sorted(Comparator.comparing((ActionItem a) -> a.rag(facts.context.asAt()))
                            .thenComparing(ActionItem::getReferenceKey).thenComparing(ActionItem::getReference))
                    .toList();
            if (attention.isEmpty()) {
                blocks.add(new Paragraph("No action is off track, at risk or overdue."));
            } else {
                blocks.add(new Table("Needing attention", List.of("Action", "Owner", "RAG", "Due", "Latest update"),
                        attention.stream().map(facts::row).toList(), 2));
            }
            List<ActionItem> completed = facts.completedThisHalfTerm().stream()
                    .filter(a -> a.getPriorityId() == card.priority().id()).toList();
            if (!completed.isEmpty()) {
                blocks.add(new Table("Completed this half-term", List.of("Action", "Owner", "RAG", "Due",
                        "Latest update"), completed.stream().map(facts::row).toList(), 2));
            }
        }
        return new ReportSection("priorities", ReportPart.PRIORITIES, "Priorities", blocks, Map.of());
    }

    private static int urgency(PriorityCard card) {
        return switch (card.rag()) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
            case GREY -> 3;
            case BLUE -> 4;
        };
    }

    private ReportSection compliance(ReportContext context, Facts facts) {
        Map<String, List<ActionItem>> byWorkstream = new java.util.TreeMap<>();
        for (ActionItem action : facts.all) {
            if (action.getStatus().isOpen()) {
                String name = action.getWorkstream() == null ? "No workstream" : action.getWorkstream().getName();
                byWorkstream.computeIfAbsent(name, key -> new ArrayList<>()).add(action);
            }
        }
        List<String> headers = new ArrayList<>(List.of("Workstream", "Open actions", "Updated this half-term",
                "Not updated"));
        if (context.namesInCompliance()) {
            headers.add("Owners not updated");
        }
        List<List<String>> rows = new ArrayList<>();
        long open = 0;
        long given = 0;
        for (Map.Entry<String, List<ActionItem>> entry : byWorkstream.entrySet()) {
            long total = entry.getValue().size();
            List<ActionItem> missing = entry.getValue().stream().filter(a -> !facts.updated.contains(a.getId()))
                    .toList();
            open += total;
            given += total - missing.size();
            List<String> row = new ArrayList<>(List.of(entry.getKey(), Long.toString(total),
                    Long.toString(total - missing.size()), Long.toString(missing.size())));
            if (context.namesInCompliance()) {
                row.add(missing.stream().map(facts::owner).distinct().sorted().collect(Collectors.joining(", ")));
            }
            rows.add(row);
        }
        List<ReportBlock> blocks = new ArrayList<>();
        if (rows.isEmpty()) {
            blocks.add(new Paragraph("There are no open actions, so no updates were due."));
        } else {
            long percent = Math.round(100.0 * given / open);
            blocks.add(new Paragraph(given + " of " + open + " open actions (" + percent + "%) have an update for "
                    + context.halfTerm().label() + "."));
            blocks.add(new Table("Progress updates by workstream", headers, rows, -1));
        }
        return new ReportSection("compliance", ReportPart.UPDATE_COMPLIANCE, "Update compliance", blocks,
                Map.of("updates.open", open, "updates.given", given));
    }

    private static Map<Rag, Long> ragCounts(Collection<ActionItem> items, LocalDate asAt) {
        Map<Rag, Long> counts = new EnumMap<>(Rag.class);
        items.stream().filter(a -> a.getStatus() != ActionStatus.CANCELLED)
                .forEach(a -> counts.merge(a.rag(asAt), 1L, Long::sum));
        return counts;
    }

    /** What the sections are written from, loaded once. */
    private record Facts(ReportContext context, List<ActionItem> all, Map<Long, ProgressUpdate> latest,
            Set<Long> updated, Map<Long, Person> owners) {

        List<ActionItem> byPriority(long priorityId) {
            return all.stream().filter(a -> a.getPriorityId() == priorityId).toList();
        }

        List<ActionItem> completedThisHalfTerm() {
            return all.stream().filter(a -> a.getStatus() == ActionStatus.COMPLETE && a.getCompletedOn() != null
                    && context.halfTerm().contains(a.getCompletedOn()))
                    .sorted(Comparator.comparing(ActionItem::getReferenceKey)
                            .thenComparing(ActionItem::getReference)).toList();
        }

        String owner(ActionItem action) {
            Person person = action.getOwnerId() == null ? null : owners.get(action.getOwnerId());
            return person == null ? "No owner" : person.displayName();
        }

        List<String> row(ActionItem action) {
            ProgressUpdate update = latest.get(action.getId());
            return List.of(action.getReference() + " " + action.getTitle(), owner(action),
                    action.rag(context.asAt()).label() + (action.isOverdue(context.asAt()) ? " (overdue)" : ""),
                    action.getDueDate() == null ? "" : DUE.format(action.getDueDate()), latestText(update));
        }

        private static String latestText(@Nullable ProgressUpdate update) {
            if (update == null) {
                return "No update yet.";
            }
            return shortened(update.getNarrative().strip());
        }

        /**
         * A long update cut where a reader expects it: after the last whole sentence that fits, or else the last
         * whole word, with a visible "…" and where the rest is. Never mid-word.
         */
        static String shortened(String text) {
            if (text.length() <= UPDATE_TEXT_LIMIT) {
                return text;
            }
            String head = text.substring(0, UPDATE_TEXT_LIMIT);
            int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
            int word = head.lastIndexOf(' ');
            String kept = sentence >= UPDATE_TEXT_LIMIT / 2 ? head.substring(0, sentence + 1)
                    : (word > 0 ? head.substring(0, word) : head).replaceAll("[\\s,;:.–-]+$", "");
            return kept + " … (the full update is on the action's page in Tandem)";
        }
    }
}
