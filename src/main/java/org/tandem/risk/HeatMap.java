package org.tandem.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 5 × 5 grid of open risks by likelihood (rows, 5 at the top) and impact (columns), counting one of their
 * scores. Each cell knows its score, band word and count, and the filter that lists its risks.
 */
public record HeatMap(Basis basis, List<String> likelihoodLabels, List<String> impactLabels, int[][] counts,
        ScoringRules rules) {

    public HeatMap {
        int[][] copy = new int[5][5];
        for (int l = 0; l < 5; l++) {
            System.arraycopy(counts[l], 0, copy[l], 0, 5);
        }
        counts = copy;
        likelihoodLabels = List.copyOf(likelihoodLabels);
        impactLabels = List.copyOf(impactLabels);
    }

    /** How many risks score this likelihood and impact (each 1 to 5). */
    public int count(int likelihood, int impact) {
        return counts[likelihood - 1][impact - 1];
    }

    public Cell cell(int likelihood, int impact) {
        RiskScore score = new RiskScore(likelihood, impact);
        Band band = rules.band(score);
        return new Cell(likelihood, impact, score.score(), band, rules.word(band), count(likelihood, impact),
                RiskFilter.none().withCell(basis, likelihood, impact));
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    public Map<Band, Integer> byBand() {
        Map<Band, Integer> byBand = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            byBand.put(band, 0);
        }
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                byBand.merge(rules.band(l * i), count(l, i), Integer::sum);
            }
        }
        return byBand;
    }

    /** The grid in words, for those who do not see it: totals by band, then every cell that holds risks. */
    public String summary() {
        int total = total();
        if (total == 0) {
            return "No open risks to show.";
        }
        List<String> bands = new ArrayList<>();
        Map<Band, Integer> byBand = byBand();
        for (Band band : List.of(Band.VERY_HIGH, Band.HIGH, Band.MEDIUM, Band.LOW)) {
            bands.add(byBand.get(band) + " " + rules.word(band).toLowerCase());
        }
        List<String> cells = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            for (int i = 5; i >= 1; i--) {
                int count = count(l, i);
                if (count > 0) {
                    cells.add(count + " at likelihood " + l + " and impact " + i + " (score " + l * i + ")");
                }
            }
        }
        return total + (total == 1 ? " open risk" : " open risks") + " by " + basis.label().toLowerCase()
                + " score: " + String.join(", ", bands) + ". " + String.join("; ", cells) + ".";
    }

    /** One cell: its score and band, how many risks it holds, and the register filtered to them. */
    public record Cell(int likelihood, int impact, int score, Band band, String bandWord, int count,
            RiskFilter filter) {

        /** What a screen reader says for the cell's link. */
        public String describe() {
            return count + (count == 1 ? " risk" : " risks") + " at likelihood " + likelihood + ", impact " + impact
                    + ": score " + score + ", " + bandWord.toLowerCase();
        }
    }
}
