package org.tandem.sef.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EvidenceDraft;
import org.tandem.sef.EvidenceKind;
import org.tandem.sef.EvidenceLink;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.IncomingFile;
import org.tandem.sef.LinkTarget;
import org.tandem.sef.LinkedAction;
import org.tandem.sef.SupportedItem;
import org.tandem.sef.Voice;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * Adding evidence: described once, with a link or one or more files (each file becomes an item). The upload
 * shows its progress and lands in temporary files; saving streams them into the library, which checks each by its
 * content, and the temporary files are deleted whether or not the save went through.
 */
final class EvidenceDialog extends Dialog {

    final TextField title = new TextField("Title");
    final ComboBox<EvidenceKind> kind = new ComboBox<>("Kind");
    final ComboBox<Voice> voice = new ComboBox<>("Whose voice");
    final BritishDatePicker evidencedOn = new BritishDatePicker("Date of the evidence");
    final TextField source = new TextField("Source organisation");
    final TextArea description = new TextArea("Description");
    final TextField link = new TextField("Link");
    final Checkbox personalData = new Checkbox("Contains personal data");
    final MultiSelectComboBox<CriterionRow> criteria = new MultiSelectComboBox<>("Criteria it supports");
    final MultiSelectComboBox<LinkedAction> actions = new MultiSelectComboBox<>("Actions it supports");
    final MultiSelectComboBox<SupportedItem> priorities = new MultiSelectComboBox<>("Priorities it supports");
    final MultiSelectComboBox<SupportedItem> risks = new MultiSelectComboBox<>("Risks it supports");
    final MultiSelectComboBox<SupportedItem> feedback = new MultiSelectComboBox<>(
            "\"You said, we did\" items it supports");
    /** Links held that this form does not offer (a risk this person may not see): kept as they are. */
    private final Set<EvidenceLink> kept = new HashSet<>();
    final Upload upload;
    private final Button save;
    private final List<Pending> pending = new ArrayList<>();
    private final EvidenceService evidence;
    private @org.jspecify.annotations.Nullable EvidenceDraft editing;

    record Pending(String name, File file) {
    }

    EvidenceDialog(EvidenceService evidence, List<CriterionRow> criterionRows, List<LinkedAction> actionRows,
            Runnable added) {
        this.evidence = evidence;
        setHeaderTitle("Add evidence");
        title.setHelperText("With several files, each is titled by its file name after this");
        Forms.required(title, kind, voice, evidencedOn);
        TextLimits.limit(title, EvidenceDraft.TITLE_LENGTH);
        List<EvidenceKind> kinds = evidence.kindsIMayAdd();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(EvidenceKind::label);
        if (kinds.size() == 1) {
            kind.setValue(kinds.getFirst());
        }
        voice.setItems(Voice.values());
        voice.setItemLabelGenerator(Voice::label);
        TextLimits.limit(source, EvidenceDraft.SOURCE_LENGTH);
        TextLimits.limit(description, EvidenceDraft.DESCRIPTION_LENGTH);
        link.setHelperText("A web address (https://...), when there is no file");
        TextLimits.limit(link, EvidenceDraft.LINK_LENGTH);
        personalData.setTooltipText("Only admins, board members and you will be able to open it");
        criteria.setItems(criterionRows);
        criteria.setItemLabelGenerator(CriterionRow::title);
        actions.setItems(actionRows);
        actions.setItemLabelGenerator(a -> a.reference() + " " + a.title());
        offer(priorities, LinkTarget.PRIORITY, "Type words of its name");
        offer(risks, LinkTarget.RISK, "Type its reference or words of its title");
        offer(feedback, LinkTarget.FEEDBACK, "Type words of what was said");

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> pending.add(new Pending(
                metadata.fileName(), file))));
        upload.setMaxFiles(10);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, evidence.maxFileBytes()));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".ppt", ".odt", ".ods",
                ".png", ".jpg", ".jpeg", ".gif", ".csv");
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.getElement().setAttribute("aria-label", "Files: PDF, Office documents, images or CSV, up to "
                + evidence.maxFileBytes() / (1024 * 1024) + " MB each");

        FormLayout form = new FormLayout(title, kind, voice, evidencedOn, source, personalData, description, link,
                criteria, actions, priorities, risks, feedback);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, new Paragraph("Files: PDF, Office documents, images or CSV, up to "
                + evidence.maxFileBytes() / (1024 * 1024) + " MB each. The type is checked from the content."),
                upload);
        save = new Button("Add to the library", e -> save(added));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                discardFiles();
            }
        });
    }

    /** Turns the dialog into editing an item: its description and links; its file or link stays. */
    EvidenceDialog editing(EvidenceDraft draft, List<CriterionRow> criterionRows, List<LinkedAction> actionRows) {
        this.editing = draft;
        setHeaderTitle("Change evidence");
        save.setText("Save the changes");
        title.setValue(draft.getTitle());
        kind.setValue(draft.getKind());
        voice.setValue(draft.getVoice());
        evidencedOn.setValue(draft.getEvidencedOn());
        source.setValue(draft.getSourceOrganisation());
        description.setValue(draft.getDescription());
        link.setValue(draft.getLink() == null ? "" : draft.getLink());
        link.setVisible(draft.getLink() != null);
        personalData.setValue(draft.isPersonalData());
        criteria.setValue(criterionRows.stream().filter(r -> draft.getCriterionIds().contains(r.criterionId()))
                .collect(Collectors.toSet()));
        actions.setValue(actionRows.stream().filter(a -> draft.getActionIds().contains(a.id()))
                .collect(Collectors.toSet()));
        List<SupportedItem> supports = draft.getId() == null ? List.of() : evidence.supports(draft.getId());
        priorities.setValue(of(supports, LinkTarget.PRIORITY));
        risks.setValue(of(supports, LinkTarget.RISK));
        feedback.setValue(of(supports, LinkTarget.FEEDBACK));
        Set<EvidenceLink> shown = supports.stream().map(i -> new EvidenceLink(i.kind(), i.id()))
                .collect(Collectors.toSet());
        draft.getOtherLinks().stream().filter(l -> !shown.contains(l)).forEach(kept::add);
        upload.setVisible(false);
        return this;
    }

    private void save(Runnable added) {
        EvidenceDraft draft = editing == null ? new EvidenceDraft() : editing;
        draft.setTitle(title.getValue());
        draft.setKind(kind.getValue());
        draft.setVoice(voice.getValue());
        draft.setEvidencedOn(evidencedOn.getValue());
        draft.setSourceOrganisation(source.getValue());
        draft.setDescription(description.getValue());
        draft.setLink(link.getValue());
        draft.setPersonalData(personalData.getValue());
        java.util.Set<Long> criterionIds = new java.util.HashSet<>(criteria.getValue().stream()
                .map(CriterionRow::criterionId).toList());
        if (editing != null) {
            // Links to criteria of earlier editions' frameworks, not offered here, are kept.
            java.util.Set<Long> offered = criteria.getListDataView().getItems().map(CriterionRow::criterionId)
                    .collect(Collectors.toSet());
            editing.getCriterionIds().stream().filter(id -> !offered.contains(id)).forEach(criterionIds::add);
        }
        draft.setCriterionIds(criterionIds);
        draft.setActionIds(actions.getValue().stream().map(LinkedAction::id).collect(Collectors.toSet()));
        Set<EvidenceLink> others = new HashSet<>(kept);
        for (var chosen : List.of(priorities, risks, feedback)) {
            chosen.getValue().forEach(item -> others.add(new EvidenceLink(item.kind(), item.id())));
        }
        draft.setOtherLinks(others);
        List<IncomingFile> files = pending.stream().map(p -> new IncomingFile(p.name(),
                () -> Files.newInputStream(p.file().toPath()))).toList();
        SaveAttempt attempt = new SaveAttempt().at("title", title).at("kind", kind).at("voice", voice)
                .at("evidencedOn", evidencedOn).at("sourceOrganisation", source).at("description", description)
                .at("link", link).at("otherLinks", priorities);
        boolean saved = editing != null ? attempt.onConflict(this::close).run(() -> evidence.update(draft))
                : files.isEmpty() ? attempt.run(() -> evidence.add(draft, null))
                : attempt.run(() -> evidence.addFiles(draft, files));
        if (saved) {
            Notifications.success(editing != null ? "Saved the changes." : files.size() > 1 ? files.size()
                    + " items were added to the library." : "Added to the library.");
            close();
            added.run();
        } else if (!files.isEmpty()) {
            // The files stay for another try; a refused file is named in the notice.
            upload.clearFileList();
            discardFiles();
        }
    }

    /** A lazy list of one kind of item, searched by what is typed, asked of the item's own module. */
    private void offer(MultiSelectComboBox<SupportedItem> field, LinkTarget target, String helper) {
        field.setItems(query -> evidence.offer(target, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        field.setItemLabelGenerator(SupportedItem::label);
        field.setHelperText(helper);
    }

    private static Set<SupportedItem> of(List<SupportedItem> items, LinkTarget target) {
        return items.stream().filter(i -> i.kind() == target).collect(Collectors.toSet());
    }

    private void discardFiles() {
        pending.forEach(p -> p.file().delete());
        pending.clear();
    }
}
