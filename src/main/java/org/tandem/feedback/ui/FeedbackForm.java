package org.tandem.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.feedback.Channel;
import org.tandem.feedback.Feedback;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.Theme;
import org.tandem.feedback.VoiceGroup;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;
import org.tandem.strategy.PriorityInfo;

/** What was said, when, where, by whom and about what: the form to log or edit feedback. */
class FeedbackForm extends FormLayout {

    final TextArea whatWasSaid = new TextArea("What was said (in words agreed with the forum)");
    final DatePicker saidOn = new BritishDatePicker("Said on");
    // Combo boxes rather than selects: required, Vaadin's select puts aria-required on its value button, which a
    // button may not carry (axe-core: aria-allowed-attr, critical); a combo box's input may.
    final ComboBox<Channel> channel = new ComboBox<>();
    final ComboBox<VoiceGroup> voiceGroup = new ComboBox<>();
    final IntegerField peopleCount = new IntegerField("Roughly how many people");
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>("Themes");
    final MultiSelectComboBox<PriorityInfo> priorities = new MultiSelectComboBox<>("Linked priorities");
    private final BeanValidationBinder<FeedbackDraft> binder = Forms.binder(FeedbackDraft.class);
    private final List<PriorityInfo> allPriorities;
    private final List<Channel> allChannels;
    private final List<Theme> allThemes;
    private FeedbackDraft draft = new FeedbackDraft();

    /** With every channel and theme, retired ones too: an item that has a retired one keeps it. */
    FeedbackForm(List<PriorityInfo> allPriorities, List<Channel> allChannels, List<Theme> allThemes) {
        this.allPriorities = allPriorities;
        this.allChannels = allChannels;
        this.allThemes = allThemes;
        whatWasSaid.setHelperText("No names of children, families, staff or schools.");
        TextLimits.limit(whatWasSaid, Feedback.SAID_LENGTH);
        channel.setLabel("Where it was said");
        channel.setItemLabelGenerator(value -> value == null ? "" : named(value.label(), value.active()));
        voiceGroup.setLabel("Who said it");
        voiceGroup.setItems(VoiceGroup.values());
        voiceGroup.setItemLabelGenerator(VoiceGroup::label);
        NumberRange.between(peopleCount, 1, Feedback.MAX_PEOPLE);
        themes.setItemLabelGenerator(value -> named(value.label(), value.active()));
        priorities.setItems(allPriorities);
        priorities.setItemLabelGenerator(PriorityInfo::label);
        binder.forField(whatWasSaid).bind("whatWasSaid");
        binder.forField(saidOn).bind("saidOn");
        binder.forField(channel).withConverter((Channel value) -> value == null ? null : value.code(),
                code -> allChannels.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null))
                .bind("channel");
        binder.forField(voiceGroup).bind("voiceGroup");
        binder.forField(peopleCount).bind("peopleCount");
        binder.forField(themes).withConverter(
                (Set<Theme> chosen) -> chosen.stream().map(Theme::code).collect(Collectors.toSet()),
                (Set<String> codes) -> allThemes.stream().filter(t -> codes.contains(t.code()))
                        .collect(Collectors.toSet()))
                .bind("themes");
        add(whatWasSaid, saidOn, channel, voiceGroup, peopleCount, themes, priorities);
        setColspan(whatWasSaid, 2);
        setColspan(priorities, 2);
    }

    /** Offers what is offered for new feedback, and whatever retired values the item already has. */
    void edit(FeedbackDraft newDraft) {
        this.draft = newDraft;
        channel.setItems(allChannels.stream().filter(c -> c.active() || c.code().equals(newDraft.getChannel()))
                .toList());
        themes.setItems(allThemes.stream().filter(t -> t.active() || newDraft.getThemes().contains(t.code()))
                .toList());
        binder.readBean(newDraft);
        priorities.setValue(allPriorities.stream().filter(p -> newDraft.getPriorityIds().contains(p.id()))
                .collect(Collectors.toSet()));
    }

    /** Copies the fields into the draft; false (with messages at the fields) when a rule is broken. */
    boolean writeTo() {
        if (!Forms.write(binder, draft)) {
            return false;
        }
        Set<Long> ids = priorities.getValue().stream().map(PriorityInfo::id).collect(Collectors.toSet());
        draft.setPriorityIds(ids);
        return true;
    }

    FeedbackDraft draft() {
        return draft;
    }

    /** A save of this form: a problem at its field, any other at what was said. */
    SaveAttempt saving() {
        return new SaveAttempt().at("saidOn", saidOn).at("channel", channel).at("voiceGroup", voiceGroup)
                .at("peopleCount", peopleCount).at("themes", themes).at("priorityIds", priorities)
                .otherwise(whatWasSaid);
    }

    private static String named(String label, boolean active) {
        return active ? label : label + " (no longer offered)";
    }
}
