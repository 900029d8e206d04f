package org.tandem.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.strategy.PriorityInfo;

/**
 * Finds a measure's linked outcomes among its priorities' outcomes as they are now. The outcomes have no ids, so
 * a link is found by its wording (ignoring case, spacing and punctuation) wherever the outcome has moved in the
 * list; failing that, by the closest wording among the outcomes no other link took, if at least half of the words
 * are shared (a small rewording); failing that, it is reported as no longer found, never guessed.
 */
final class OutcomeMatch {

    static final double CLOSE_ENOUGH = 0.5;

    private OutcomeMatch() {
    }

    static List<LinkedOutcome> resolve(Collection<OutcomeLink> links, Map<Long, PriorityInfo> priorities) {
        List<OutcomeLink> sorted = links.stream().sorted(Comparator.comparingLong(OutcomeLink::priorityId)
                .thenComparing(OutcomeLink::statement)).toList();
        Set<String> taken = new HashSet<>();
        LinkedOutcome[] found = new LinkedOutcome[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            OutcomeLink link = sorted.get(i);
            PriorityInfo priority = priorities.get(link.priorityId());
            if (priority == null) {
                continue;
            }
            for (String outcome : priority.outcomes()) {
                if (normal(outcome).equals(normal(link.statement())) && taken.add(key(priority, outcome))) {
                    found[i] = new LinkedOutcome(priority.id(), priority.label(), outcome,
                            outcome.equals(link.statement()) ? null : link.statement(), true);
                    break;
                }
            }
        }
        List<LinkedOutcome> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            OutcomeLink link = sorted.get(i);
            PriorityInfo priority = priorities.get(link.priorityId());
            if (found[i] == null && priority != null) {
                String best = null;
                double bestScore = CLOSE_ENOUGH;
                for (String outcome : priority.outcomes()) {
                    double score = overlap(outcome, link.statement());
                    if (!taken.contains(key(priority, outcome)) && score >= bestScore) {
                        best = outcome;
                        bestScore = score;
                    }
                }
                if (best != null) {
                    taken.add(key(priority, best));
                    found[i] = new LinkedOutcome(priority.id(), priority.label(), best, link.statement(), true);
                }
            }
            result.add(found[i] != null ? found[i] : new LinkedOutcome(link.priorityId(),
                    priority == null ? "A priority no longer in the strategy" : priority.label(), link.statement(),
                    null, false));
        }
        return result;
    }

    private static String key(PriorityInfo priority, String outcome) {
        return priority.id() + "\u0000" + outcome;
    }

    static String normal(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    /** Shared words over all words (Jaccard), 0 to 1. */
    static double overlap(String a, String b) {
        Set<String> left = new HashSet<>(words(a));
        Set<String> right = new HashSet<>(words(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> both = left.stream().filter(right::contains).collect(Collectors.toSet());
        Set<String> either = new HashSet<>(left);
        either.addAll(right);
        return (double) both.size() / either.size();
    }
}
