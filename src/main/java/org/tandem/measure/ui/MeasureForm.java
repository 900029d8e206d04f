package org.tandem.measure.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tandem.measure.Frequency;
import org.tandem.measure.Measure;
import org.tandem.measure.MeasureDraft;
import org.tandem.measure.OutcomeLink;
import org.tandem.measure.Polarity;
import org.tandem.measure.Unit;
import org.tandem.people.Person;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.TextLimits;
import org.tandem.strategy.PriorityInfo;

/** The fields of a measure; it reads a draft and writes one, and the service checks it again. */
class MeasureForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextArea definition = new TextArea("Definition (what is counted, and how)");
    final Select<Unit> unit = new Select<>();
    final Select<Polarity> polarity = new Select<>();
    final TextField dataSource = new TextField("Data source");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final Select<Frequency> frequency = new Select<>();
    final MultiSelectComboBox<PriorityInfo> priorities = new MultiSelectComboBox<>("Priorities it serves");
    final MultiSelectComboBox<OutcomeLink> outcomes = new MultiSelectComboBox<>("Outcomes it evidences");
    final NumberField baselineValue = new NumberField("Baseline value");
    final IntegerField baselineYear = new IntegerField("Baseline school year (starting)");
    final IntegerField baselineIndex = new IntegerField("Baseline period in that year");
    final NumberField targetValue = new NumberField("Target value");
    final BritishDatePicker targetDate = new BritishDatePicker("Target date");
    final InterimTargetRows interims = new InterimTargetRows(MeasureDraft.MAX_INTERIM_TARGETS);
    final IntegerField tolerance = new IntegerField("Amber tolerance (% of the distance to target)");
    final Checkbox publishable = new Checkbox("Publishable: shown on the public progress page");
    final Checkbox familyExperience = new Checkbox("Family experience measure (from surveys of parents and "
            + "young people)");
    final TextField indicator = new TextField("Open-data column (for benchmarks)");
    private MeasureDraft draft = new MeasureDraft();

    MeasureForm(List<Person> people, List<PriorityInfo> choices) {
        name.setRequiredIndicatorVisible(true);
        TextLimits.limit(name, Measure.NAME_LENGTH);
        definition.setRequiredIndicatorVisible(true);
        TextLimits.limit(definition, Measure.DEFINITION_LENGTH);
        dataSource.setHelperText("Where the figure comes from.");
        TextLimits.limit(dataSource, Measure.SOURCE_LENGTH);
        unit.setLabel("Unit");
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(Unit::label);
        polarity.setLabel("Which way is better");
        polarity.setItems(Polarity.values());
        polarity.setItemLabelGenerator(Polarity::label);
        frequency.setLabel("How often it is counted");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        owner.setItems(people);
        owner.setItemLabelGenerator(Person::displayName);
        owner.setRequiredIndicatorVisible(true);
        priorities.setItems(choices);
        priorities.setItemLabelGenerator(PriorityInfo::label);
        Map<Long, String> numbers = new LinkedHashMap<>();
        choices.forEach(p -> numbers.put(p.id(), String.valueOf(p.number())));
        outcomes.setItemLabelGenerator(o -> "Priority " + numbers.getOrDefault(o.priorityId(), "?") + ": "
                + o.statement());
        outcomes.setHelperText("Choose the priorities first; their outcomes are offered here.");
        priorities.addValueChangeListener(e -> offerOutcomes());
        baselineYear.setHelperText("2025 for 2025/26.");
        NumberRange.between(baselineYear, 2000, 2100);
        baselineIndex.setHelperText("1 for Autumn 1 or the autumn term; 1 for a yearly measure.");
        NumberRange.between(baselineIndex, 1, 6);
        NumberRange.between(tolerance, 0, 100);
        indicator.setHelperText("The column's name in Explore Education Statistics files, such as ehcp_20wk_pct.");
        TextLimits.limit(indicator, Measure.INDICATOR_LENGTH);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(name, unit, polarity, frequency, owner, dataSource, priorities, outcomes, baselineValue, baselineYear,
                baselineIndex, targetValue, targetDate, interims, tolerance, indicator,
                publishable, familyExperience);
        setColspan(definition, 2);
        setColspan(interims, 2);
        addComponentAtIndex(1, definition);
    }

    void edit(MeasureDraft draft) {
        this.draft = draft;
        name.setValue(draft.getName());
        definition.setValue(draft.getDefinition());
        unit.setValue(draft.getUnit());
        polarity.setValue(draft.getPolarity());
        frequency.setValue(draft.getFrequency());
        dataSource.setValue(draft.getDataSource());
        owner.setValue(owner.getListDataView().getItems().filter(p -> Objects.equals(p.id(), draft.getOwnerId()))
                .findFirst().orElse(null));
        priorities.setValue(new HashSet<>(priorities.getListDataView().getItems()
                .filter(p -> draft.getPriorityIds().contains(p.id())).toList()));
        offerOutcomes();
        outcomes.setValue(new HashSet<>(draft.getOutcomes().stream().filter(o -> outcomes.getListDataView()
                .contains(o)).toList()));
        baselineValue.setValue(draft.getBaselineValue());
        baselineYear.setValue(draft.getBaselineYear());
        baselineIndex.setValue(draft.getBaselineIndex());
        targetValue.setValue(draft.getTargetValue());
        targetDate.setValue(draft.getTargetDate());
        interims.show(draft.getInterimTargets());
        tolerance.setValue(draft.getTolerancePercent());
        publishable.setValue(draft.isPublishable());
        familyExperience.setValue(draft.isFamilyExperience());
        indicator.setValue(Objects.requireNonNullElse(draft.getIndicator(), ""));
    }

    /** The draft as the fields say; a field the browser could not read keeps its message and stops the save. */
    boolean writeTo() {
        for (HasValidation field : List.<HasValidation>of(baselineYear, baselineIndex, tolerance, baselineValue,
                targetValue, targetDate)) {
            if (field.isInvalid()) {
                return false;
            }
        }
        if (!interims.check()) {
            return false;
        }
        draft.setName(name.getValue());
        draft.setDefinition(definition.getValue());
        draft.setUnit(unit.getValue());
        draft.setPolarity(polarity.getValue());
        draft.setFrequency(frequency.getValue());
        draft.setDataSource(dataSource.getValue());
        draft.setOwnerId(owner.getValue() == null ? null : owner.getValue().id());
        draft.setPriorityIds(new HashSet<>(priorities.getValue().stream().map(PriorityInfo::id).toList()));
        draft.setOutcomes(List.copyOf(outcomes.getValue()));
        draft.setBaselineValue(baselineValue.getValue());
        draft.setBaselineYear(baselineYear.getValue());
        draft.setBaselineIndex(baselineIndex.getValue());
        draft.setTargetValue(targetValue.getValue());
        draft.setTargetDate(targetDate.getValue());
        draft.setInterimTargets(interims.targets());
        draft.setTolerancePercent(tolerance.getValue() == null ? 10 : tolerance.getValue());
        draft.setPublishable(publishable.getValue());
        draft.setFamilyExperience(familyExperience.getValue());
        draft.setIndicator(indicator.getValue());
        return true;
    }

    /** The outcomes of the chosen priorities, keeping those still chosen. */
    private void offerOutcomes() {
        java.util.Set<OutcomeLink> kept = new HashSet<>(outcomes.getValue());
        List<OutcomeLink> offered = priorities.getValue().stream().sorted(java.util.Comparator.comparingInt(
                PriorityInfo::number)).flatMap(p -> p.outcomes().stream().map(o -> new OutcomeLink(p.id(), o)))
                .toList();
        outcomes.setItems(offered);
        kept.retainAll(offered);
        outcomes.setValue(kept);
        outcomes.setEnabled(!offered.isEmpty());
    }

    MeasureDraft draft() {
        return draft;
    }

    /** Where each of the draft's fields is shown, for the save's messages. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("definition", definition);
        fields.put("unit", unit);
        fields.put("polarity", polarity);
        fields.put("frequency", frequency);
        fields.put("dataSource", dataSource);
        fields.put("ownerId", owner);
        fields.put("priorityIds", priorities);
        fields.put("outcomes", outcomes);
        fields.put("baselineValue", baselineValue);
        fields.put("baselineYear", baselineYear);
        fields.put("baselineIndex", baselineIndex);
        fields.put("targetValue", targetValue);
        fields.put("targetDate", targetDate);
        interims.fieldsInto(fields);
        fields.put("tolerancePercent", tolerance);
        fields.put("indicator", indicator);
        return fields;
    }
}
