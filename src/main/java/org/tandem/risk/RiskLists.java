package org.tandem.risk;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.SignedIn;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * The categories (with their appetite) and the scoring settings: everyone signed in reads them, admins change
 * them. A category is retired, never deleted, so every risk keeps its category.
 */
@Service
public class RiskLists {

    private final RiskCategories categories;
    private final RiskScorings scorings;
    private final RiskPermissions permissions;

    RiskLists(RiskCategories categories, RiskScorings scorings, RiskPermissions permissions) {
        this.categories = categories;
        this.scorings = scorings;
        this.permissions = permissions;
    }

    /** Every category, retired ones too, in the admins' order. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return categories.findAllByOrderByDisplayOrderAscIdAsc().stream().map(RiskCategory::category).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public ScoringRules rules() {
        return scoring().rules();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public long rulesVersion() {
        return scoring().getVersion();
    }

    @AdminOnly
    @Transactional
    public long addCategory(String label, int appetite) {
        requireAdmin();
        String clean = label(label);
        refuseTaken(clean, null);
        String base = Normalizer.normalize(clean, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        String stem = base.isEmpty() ? "CATEGORY" : base.substring(0, Math.min(base.length(), 26));
        String code = stem;
        for (int n = 2; categories.existsByCode(code); n++) {
            code = stem + "_" + n;
        }
        return categories.saveAndFlush(new RiskCategory(code, clean, categories.lastOrder() + 1,
                appetite(appetite))).getId();
    }

    /** Renames a category, sets its appetite, retires or restores it. */
    @AdminOnly
    @Transactional
    public void changeCategory(long id, long version, String label, int appetite, boolean active) {
        requireAdmin();
        RiskCategory category = categories.findById(id)
                .orElseThrow(() -> new ValidationProblem("label", "That category no longer exists."));
        if (category.getVersion() != version) {
            throw new ConcurrentEditException("this category");
        }
        String clean = label(label);
        refuseTaken(clean, id);
        category.change(clean, appetite(appetite), active);
        try {
            categories.saveAndFlush(category);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this category");
        }
    }

    @AdminOnly
    @Transactional
    public void changeRules(long version, ScoringRules rules) {
        requireAdmin();
        RiskScoring scoring = scoring();
        if (scoring.getVersion() != version) {
            throw new ConcurrentEditException("the scoring settings");
        }
        scoring.change(rules);
        try {
            scorings.saveAndFlush(scoring);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("the scoring settings");
        }
    }

    Map<String, Category> byCode() {
        return categories().stream().collect(Collectors.toMap(Category::code, Function.identity()));
    }

    RiskScoring scoring() {
        return scorings.findById(RiskScoring.ID).orElseThrow(() -> new IllegalStateException(
                "The scoring settings row is missing; Flyway's V20 inserts it."));
    }

    private void requireAdmin() {
        if (!permissions.mayKeepSettings()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only admins change the risk categories and scoring.");
        }
    }

    private static String label(String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new ValidationProblem("label", "Enter a name for the category.");
        }
        if (clean.length() > RiskCategory.LABEL_LENGTH) {
            throw new ValidationProblem("label", "Use at most " + RiskCategory.LABEL_LENGTH + " characters.");
        }
        return clean;
    }

    private static int appetite(int appetite) {
        if (appetite < 1 || appetite > 25) {
            throw new ValidationProblem("appetite", "The appetite is a residual score from 1 to 25.");
        }
        return appetite;
    }

    private void refuseTaken(String label, Long id) {
        categories.findAll().stream().filter(c -> c.category().label().equalsIgnoreCase(label)
                && !c.getId().equals(id)).findFirst().ifPresent(c -> {
                    throw new ValidationProblem("label", "There is already a category called " + label + ".");
                });
    }
}
