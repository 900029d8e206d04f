package org.tandem.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.tandem.people.Roles;
import org.tandem.risk.Category;
import org.tandem.risk.RiskLists;
import org.tandem.risk.ScoringRules;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * The register's settings, kept by admins: the categories with their risk appetite (the residual score above
 * which a risk is "above appetite"), and how scores read: the bands, the board threshold and review intervals.
 * Reached from the register, so it is not in the menu.
 */
@Route("risks/settings")
@PageTitle("Risk register settings | Tandem")
@RolesAllowed(Roles.ADMIN)
public class RiskSettingsView extends Main {

    private final RiskLists lists;
    final Grid<Category> categories = new Grid<>();
    final TextField newLabel = TextLimits.limit(new TextField("New category"), Category.LABEL_LENGTH);
    final IntegerField newAppetite = appetite();
    final IntegerField lowMax = NumberRange.between(new IntegerField("Low: scores up to"), 1, 23);
    final IntegerField mediumMax = NumberRange.between(new IntegerField("Medium: scores up to"), 2, 23);
    final IntegerField highMax = NumberRange.between(new IntegerField("High: scores up to"), 3, 24);
    final IntegerField boardThreshold = NumberRange.between(new IntegerField("Goes to the board at residual score"),
            1, 25);
    final List<TextField> bandWords = List.of(word("Word for low"), word("Word for medium"), word("Word for high"),
            word("Word for very high"));
    final List<IntegerField> reviewMonths = List.of(months("Low: review every (months)"),
            months("Medium: review every (months)"), months("High: review every (months)"),
            months("Very high: review every (months)"));
    private long rulesVersion;
    private ScoringRules rules = ScoringRules.defaults();

    public RiskSettingsView(RiskLists lists) {
        this.lists = lists;
        addClassName("page");

        categories.addColumn(Category::label).setHeader("Category").setFlexGrow(2);
        categories.addColumn(category -> "Up to " + category.appetite()).setHeader("Appetite (residual score)")
                .setFlexGrow(1);
        categories.addColumn(category -> category.active() ? "In use" : "Retired").setHeader("State")
                .setFlexGrow(1);
        categories.addComponentColumn(category -> new Button("Change", event -> change(category)))
                .setHeader("Change").setKey("change").setFlexGrow(0).setAutoWidth(true);
        categories.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        categories.setAllRowsVisible(true);
        categories.setAriaLabel("Risk categories and their appetite");
        newLabel.setRequiredIndicatorVisible(true);
        Button add = new Button("Add the category", event -> add());
        FormLayout adding = new FormLayout(newLabel, newAppetite, add);
        adding.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        Section categorySection = section("Categories and risk appetite", new Paragraph("A risk whose residual "
                + "score is above its category's appetite is shown as above appetite. A retired category keeps its "
                + "risks but is not offered for new ones."), categories, adding);

        FormLayout scoring = new FormLayout();
        scoring.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        scoring.add(lowMax, mediumMax, highMax, boardThreshold);
        bandWords.forEach(scoring::add);
        reviewMonths.forEach(scoring::add);
        Button save = new Button("Save the scoring", event -> saveRules());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section scoringSection = section("How scores read", new Paragraph("Scores run from 1 to 25 (likelihood × "
                + "impact). Very high is everything above high. A risk reaching the board's score is escalated to "
                + "the board on its own; each band's interval sets when its next review is due."), scoring, save);

        add(new H1("Risk register settings"), categorySection, scoringSection);
        showCategories();
        showRules();
    }

    private void add() {
        new SaveAttempt().at("label", newLabel).at("appetite", newAppetite).otherwise(newLabel).run(() -> {
            lists.addCategory(Objects.requireNonNullElse(newLabel.getValue(), ""), appetiteOf(newAppetite));
            Notifications.success("Category added.");
            newLabel.clear();
            showCategories();
        });
    }

    private void change(Category category) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Change " + category.label());
        dialog.setWidth("min(36rem, 95vw)");
        TextField label = TextLimits.limit(new TextField("Category"), Category.LABEL_LENGTH);
        label.setValue(category.label());
        IntegerField appetite = appetite();
        appetite.setValue(category.appetite());
        Checkbox inUse = new Checkbox("In use for new risks", category.active());
        dialog.add(new FormLayout(label, appetite, inUse));
        Button save = new Button("Save", event -> {
            boolean saved = new SaveAttempt().at("label", label).at("appetite", appetite).otherwise(label)
                    .onConflict(() -> {
                        dialog.close();
                        showCategories();
                    }).run(() -> lists.changeCategory(category.id(), category.version(),
                            Objects.requireNonNullElse(label.getValue(), ""), appetiteOf(appetite),
                            inUse.getValue()));
            if (saved) {
                Notifications.success("Category saved.");
                dialog.close();
                showCategories();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        label.focus();
    }

    private void saveRules() {
        SaveAttempt attempt = new SaveAttempt().at("lowMax", lowMax).at("boardThreshold", boardThreshold)
                .at("reviewMonths", reviewMonths.getFirst()).at("bandLabels", bandWords.getFirst())
                .otherwise(lowMax).onConflict(this::showRules);
        boolean saved = attempt.run(() -> lists.changeRules(rulesVersion, new ScoringRules(number(lowMax),
                number(mediumMax), number(highMax), bandWords.get(0).getValue(), bandWords.get(1).getValue(),
                bandWords.get(2).getValue(), bandWords.get(3).getValue(), number(boardThreshold),
                number(reviewMonths.get(0)), number(reviewMonths.get(1)), number(reviewMonths.get(2)),
                number(reviewMonths.get(3)), rules.likelihoodLabels(), rules.impactLabels())));
        if (saved) {
            Notifications.success("Scoring saved. Bands and review dates follow it from now on.");
            showRules();
        }
    }

    private void showCategories() {
        categories.setItems(lists.categories());
    }

    private void showRules() {
        rules = lists.rules();
        rulesVersion = lists.rulesVersion();
        lowMax.setValue(rules.lowMax());
        mediumMax.setValue(rules.mediumMax());
        highMax.setValue(rules.highMax());
        boardThreshold.setValue(rules.boardThreshold());
        List<String> words = List.of(rules.lowLabel(), rules.mediumLabel(), rules.highLabel(), rules.veryHighLabel());
        List<Integer> months = List.of(rules.lowReviewMonths(), rules.mediumReviewMonths(), rules.highReviewMonths(),
                rules.veryHighReviewMonths());
        for (int i = 0; i < 4; i++) {
            bandWords.get(i).setValue(words.get(i));
            reviewMonths.get(i).setValue(months.get(i));
        }
    }

    /** An empty or impossible number is refused by the rules' own check, with its message at the field. */
    private static int number(IntegerField field) {
        return field.getValue() == null || field.isInvalid() ? -1 : field.getValue();
    }

    private static int appetiteOf(IntegerField field) {
        return field.getValue() == null || field.isInvalid() ? -1 : field.getValue();
    }

    private static IntegerField appetite() {
        IntegerField field = NumberRange.between(new IntegerField("Appetite: highest residual score accepted"), 1, 25);
        field.setValue(12);
        return field;
    }

    private static TextField word(String label) {
        return TextLimits.limit(new TextField(label), ScoringRules.LABEL_LENGTH);
    }

    private static IntegerField months(String label) {
        return NumberRange.between(new IntegerField(label), 1, 24);
    }

    private static Section section(String title, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(title));
        section.add(content);
        section.addClassName("card");
        return section;
    }
}
