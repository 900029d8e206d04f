package org.tandem.sef;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.BritishDates;

/**
 * How well a judgement is backed, from its linked evidence: how much, how recent, and whose voices were heard in
 * the last 12 months. Thin when nothing is under 12 months old; a judgement heard only from professionals
 * (practitioners and data) says so.
 */
public record EvidenceStrength(int items, int recent, Set<Voice> recentVoices, @Nullable LocalDate newest) {

    public enum Level {
        NONE("No evidence"), THIN("Thin"), LIMITED("Limited"), GOOD("Good");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final int RECENT_MONTHS = 12;
    static final int GOOD_ITEMS = 3;

    static EvidenceStrength of(Collection<Backing> backing, LocalDate today) {
        LocalDate since = today.minusMonths(RECENT_MONTHS);
        var recent = backing.stream().filter(b -> b.on().isAfter(since)).toList();
        Set<Voice> voices = recent.stream().map(Backing::voice)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Voice.class)));
        LocalDate newest = backing.stream().map(Backing::on).max(LocalDate::compareTo).orElse(null);
        return new EvidenceStrength(backing.size(), recent.size(), voices, newest);
    }

    public Level level() {
        if (items == 0) {
            return Level.NONE;
        }
        if (recent == 0) {
            return Level.THIN;
        }
        return recent >= GOOD_ITEMS && recentVoices.size() >= 2 && heardFromFamilies() ? Level.GOOD : Level.LIMITED;
    }

    public boolean thin() {
        return level() == Level.NONE || level() == Level.THIN;
    }

    public boolean oneVoice() {
        return recentVoices.size() == 1;
    }

    /** Children, young people or parent carers heard in the last 12 months. */
    public boolean heardFromFamilies() {
        return recentVoices.stream().anyMatch(Voice::family);
    }

    public boolean onlyProfessionals() {
        return !recentVoices.isEmpty() && !heardFromFamilies();
    }

    /** The strength in words, as the overview and the report show it. */
    public String inWords() {
        if (items == 0) {
            return "No evidence linked.";
        }
        String count = items + (items == 1 ? " item" : " items");
        if (recent == 0) {
            return "Thin: nothing from the last 12 months (" + count + ", newest " + BritishDates.LONG.format(newest)
                    + ").";
        }
        String voices = recentVoices.stream().map(v -> v.label().toLowerCase(java.util.Locale.UK))
                .collect(Collectors.joining(", "));
        String words = level().label() + ": " + count + ", " + recent + " from the last 12 months; voices: " + voices
                + ".";
        if (onlyProfessionals()) {
            words += " Only professionals' voice: no children, young people or parent carers heard.";
        }
        return words;
    }
}
