package org.tandem.sef;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.SignedIn;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * The frameworks editions are graded on. The two Tandem ships stay as shipped; admins copy one and edit the
 * copy (its name, its criteria's wording, criteria added to an area).
 */
@Service
public class SefFrameworks {

    private final Templates templates;
    private final Criteria criteria;
    private final SefPermissions permissions;

    SefFrameworks(Templates templates, Criteria criteria, SefPermissions permissions) {
        this.templates = templates;
        this.criteria = criteria;
        this.permissions = permissions;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<TemplateOutline> templates() {
        return templates.findAllByOrderByName().stream().map(this::outline).toList();
    }

    @AdminOnly
    @Transactional
    public long copy(long templateId, String newName) {
        requireKeeper();
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > FrameworkTemplate.NAME_LENGTH) {
            throw new ValidationProblem("name", "Give the copy a name of up to " + FrameworkTemplate.NAME_LENGTH
                    + " characters.");
        }
        if (templates.existsByName(name)) {
            throw new ValidationProblem("name", "Another framework is already called " + name + ".");
        }
        FrameworkTemplate original = templates.findById(templateId).orElseThrow(() -> new ValidationProblem("id",
                "That framework no longer exists."));
        return templates.saveAndFlush(original.copy(name)).getId();
    }

    /** Rewords a criterion of a copied framework. */
    @AdminOnly
    @Transactional
    public void describeCriterion(long criterionId, long version, String title, String description) {
        requireKeeper();
        Criterion criterion = criteria.findById(criterionId).orElseThrow(() -> new ValidationProblem("id",
                "That criterion no longer exists."));
        requireCopy(criterion.getArea().getTemplate());
        if (criterion.getVersion() != version) {
            throw new ConcurrentEditException("this criterion");
        }
        criterion.describe(required(title, "title"), description == null ? "" : description.strip());
        criteria.saveAndFlush(criterion);
    }

    /** Adds a criterion at the end of an area of a copied framework; editions started later include it. */
    @AdminOnly
    @Transactional
    public long addCriterion(long templateId, int areaPosition, String title, String description) {
        requireKeeper();
        FrameworkTemplate template = templates.findById(templateId).orElseThrow(() -> new ValidationProblem("id",
                "That framework no longer exists."));
        requireCopy(template);
        FrameworkArea area = template.getAreas().stream().filter(a -> a.getPosition() == areaPosition).findFirst()
                .orElseThrow(() -> new ValidationProblem("area", "That area is not in the framework."));
        Criterion added = area.addCriterion(required(title, "title"), description == null ? "" : description.strip());
        templates.saveAndFlush(template);
        return added.getId();
    }

    private static String required(String text, String field) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            throw new ValidationProblem(field, "Give a title of up to 300 characters.");
        }
        return clean;
    }

    private void requireKeeper() {
        if (!permissions.mayKeepTemplates()) {
            throw new AccessDeniedException("Only admins keep the frameworks.");
        }
    }

    private static void requireCopy(FrameworkTemplate template) {
        if (template.getShippedKey() != null) {
            throw new ValidationProblem("template", "The frameworks Tandem ships stay as shipped; copy this one "
                    + "and change the copy.");
        }
    }

    private TemplateOutline outline(FrameworkTemplate t) {
        return new TemplateOutline(t.getId(), t.getVersion(), t.getName(), t.getDescription(),
                Arrays.stream(t.getOutcomes().split("\n")).filter(s -> !s.isBlank()).toList(),
                t.getShippedKey() != null, t.getAreas().stream().map(a -> new TemplateOutline.Area(a.getId(),
                        a.getPosition(), a.getTitle(), a.getDescription(), a.getCriteria().stream().map(c ->
                                new TemplateOutline.Item(c.getId(), c.getVersion(), c.getPosition(), c.getTitle(),
                                        c.getDescription())).toList())).toList(),
                permissions.mayKeepTemplates() && t.getShippedKey() == null);
    }
}
