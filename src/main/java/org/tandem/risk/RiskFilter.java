package org.tandem.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the register is filtered by. It round-trips through the address's query parameters, so that a filtered
 * view can be shared, the heat map's cells can open it, and the back button works; malformed ones are ignored.
 * A heat-map cell adds its residual likelihood and impact.
 */
public record RiskFilter(@Nullable String category, @Nullable Long ownerId, @Nullable Long partnerId,
        @Nullable Level level, @Nullable Band band, boolean aboveAppetite, boolean escalated,
        boolean reviewOverdue, boolean mitigationFailing, boolean includeClosed, @Nullable Integer likelihood,
        @Nullable Integer impact, Basis basis, String text) {

    public static final int TEXT_LENGTH = 100;

    public RiskFilter {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_LENGTH) {
            text = text.substring(0, TEXT_LENGTH);
        }
        likelihood = likelihood != null && (likelihood < 1 || likelihood > 5) ? null : likelihood;
        impact = impact != null && (impact < 1 || impact > 5) ? null : impact;
        basis = basis == null ? Basis.RESIDUAL : basis;
    }

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, false, false, false, false, false, null, null, Basis.RESIDUAL, "");
    }

    /** The risks in one cell of a heat map: this likelihood and impact of the given score. */
    public RiskFilter withCell(Basis cellBasis, int newLikelihood, int newImpact) {
        return new RiskFilter(category, ownerId, partnerId, level, band, aboveAppetite, escalated, reviewOverdue,
                mitigationFailing, includeClosed, newLikelihood, newImpact, cellBasis, text);
    }

    public RiskFilter withEscalated(boolean value) {
        return new RiskFilter(category, ownerId, partnerId, level, band, aboveAppetite, value, reviewOverdue,
                mitigationFailing, includeClosed, likelihood, impact, basis, text);
    }

    public RiskFilter withOwner(@Nullable Long value) {
        return new RiskFilter(category, value, partnerId, level, band, aboveAppetite, escalated, reviewOverdue,
                mitigationFailing, includeClosed, likelihood, impact, basis, text);
    }

    public RiskFilter withMitigationFailing(boolean value) {
        return new RiskFilter(category, ownerId, partnerId, level, band, aboveAppetite, escalated, reviewOverdue,
                value, includeClosed, likelihood, impact, basis, text);
    }

    public RiskFilter withAboveAppetite(boolean value) {
        return new RiskFilter(category, ownerId, partnerId, level, band, value, escalated, reviewOverdue,
                mitigationFailing, includeClosed, likelihood, impact, basis, text);
    }

    public RiskFilter withBand(@Nullable Band value) {
        return new RiskFilter(category, ownerId, partnerId, level, value, aboveAppetite, escalated, reviewOverdue,
                mitigationFailing, includeClosed, likelihood, impact, basis, text);
    }

    public RiskFilter withText(String value) {
        return new RiskFilter(category, ownerId, partnerId, level, band, aboveAppetite, escalated, reviewOverdue,
                mitigationFailing, includeClosed, likelihood, impact, basis, value);
    }

    public RiskFilter withReviewOverdue(boolean value) {
        return new RiskFilter(category, ownerId, partnerId, level, band, aboveAppetite, escalated, value,
                mitigationFailing, includeClosed, likelihood, impact, basis, text);
    }

    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new HashMap<>();
        put(query, "category", category);
        put(query, "owner", ownerId);
        put(query, "partner", partnerId);
        put(query, "level", level == null ? null : level.name());
        put(query, "band", band == null ? null : band.name());
        flag(query, "aboveAppetite", aboveAppetite);
        flag(query, "escalated", escalated);
        flag(query, "reviewOverdue", reviewOverdue);
        flag(query, "mitigationFailing", mitigationFailing);
        flag(query, "closed", includeClosed);
        put(query, "likelihood", likelihood);
        put(query, "impact", impact);
        if (basis != Basis.RESIDUAL && (likelihood != null || impact != null)) {
            put(query, "basis", basis.name());
        }
        put(query, "q", text.isEmpty() ? null : text);
        return query;
    }

    public static RiskFilter fromQuery(Map<String, List<String>> query) {
        Long likelihood = number(query, "likelihood");
        Long impact = number(query, "impact");
        String category = first(query, "category");
        return new RiskFilter(category != null && category.matches("[A-Z0-9_]{1,30}") ? category : null,
                number(query, "owner"), number(query, "partner"), constant(Level.class, first(query, "level")),
                constant(Band.class, first(query, "band")), "true".equals(first(query, "aboveAppetite")),
                "true".equals(first(query, "escalated")), "true".equals(first(query, "reviewOverdue")),
                "true".equals(first(query, "mitigationFailing")), "true".equals(first(query, "closed")),
                likelihood == null ? null : (int) Math.max(0, Math.min(likelihood, 9)),
                impact == null ? null : (int) Math.max(0, Math.min(impact, 9)),
                constant(Basis.class, first(query, "basis")),
                first(query, "q") == null ? "" : first(query, "q"));
    }

    private static void put(Map<String, List<String>> query, String key, @Nullable Object value) {
        if (value != null) {
            query.put(key, List.of(value.toString()));
        }
    }

    private static void flag(Map<String, List<String>> query, String key, boolean value) {
        if (value) {
            query.put(key, List.of("true"));
        }
    }

    private static @Nullable String first(Map<String, List<String>> query, String key) {
        List<String> values = query.getOrDefault(key, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable Long number(Map<String, List<String>> query, String key) {
        String value = first(query, key);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
