package org.tandem.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.FeedbackLists;
import org.tandem.feedback.ListKind;
import org.tandem.feedback.ListValue;
import org.tandem.feedback.ListedTheme;
import org.tandem.feedback.ListedValue;
import org.tandem.feedback.Theme;
import org.tandem.shared.ui.ConflictNotice;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.TextLimits;
import org.tandem.shared.ui.SaveAttempt;

/**
 * Adds a channel or theme, or renames one. When another admin renamed it first, their name is shown next to
 * the one typed here, which stays in the field: saving again replaces theirs knowingly, cancelling keeps it.
 */
class ListValueDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Short name in links");
    private final ConflictNotice conflict = new ConflictNotice();
    private final ListKind kind;
    private final FeedbackLists lists;
    private final Runnable afterSave;
    private final @Nullable Long id;
    private long version;

    private ListValueDialog(ListKind kind, FeedbackLists lists, Runnable afterSave, @Nullable ListValue value) {
        this.kind = kind;
        this.lists = lists;
        this.afterSave = afterSave;
        this.id = value == null ? null : value.id();
        this.version = value == null ? 0 : value.version();
        setHeaderTitle(value == null ? "Add a " + kind.noun() : "Rename " + value.label());
        setWidth("min(40rem, 95vw)");
        TextLimits.limit(name, ListedValue.LABEL_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("As reps and the public will read it, up to " + ListedValue.LABEL_LENGTH
                + " characters.");
        FormLayout form = new FormLayout(name);
        if (value != null) {
            name.setValue(value.label());
        } else if (kind == ListKind.THEME) {
            slug.setHelperText("Leave empty to make one from the name, like ehc-plans. Links to the public page "
                    + "and the feeds use it, so it cannot change once the theme is added.");
            TextLimits.limit(slug, ListedTheme.SLUG_LENGTH);
            form.add(slug);
        }
        add(conflict, form);
        if (value instanceof Theme theme) {
            add(new Paragraph("Links to this theme use theme=" + theme.slug() + ". Renaming keeps them working."));
        }
        Button save = new Button("Save", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    static ListValueDialog adding(ListKind kind, FeedbackLists lists, Runnable afterSave) {
        ListValueDialog dialog = new ListValueDialog(kind, lists, afterSave, null);
        dialog.open();
        return dialog;
    }

    static ListValueDialog renaming(ListValue value, FeedbackLists lists, ZoneId zone, Runnable afterSave) {
        ListValueDialog dialog = new ListValueDialog(value.kind(), lists, afterSave, value);
        HistoryPanel history = new HistoryPanel(zone);
        history.setEntries(lists.history(value.kind(), value.id()));
        dialog.add(history);
        dialog.open();
        return dialog;
    }

    private void save() {
        boolean saved = new SaveAttempt().at("slug", slug).otherwise(name).onConflictKeepingEdits(this::showTheirs)
                .run(() -> {
                    if (id == null) {
                        lists.add(kind, name.getValue(), kind == ListKind.THEME ? slug.getValue() : null);
                    } else {
                        lists.rename(kind, id, version, name.getValue());
                    }
                });
        if (saved) {
            Notifications.success((id == null ? "Added " : "Renamed to ") + name.getValue().strip() + ".");
            close();
            afterSave.run();
        }
    }

    /** Their name beside the one typed here; saving again replaces theirs, since it is now the version known. */
    private void showTheirs() {
        lists.values(kind).stream().filter(v -> id != null && v.id() == id).findFirst().ifPresentOrElse(theirs -> {
            conflict.show("this " + kind.noun(), theirs.label().equals(name.getValue().strip()) ? Map.of()
                    : Map.of("Name", theirs.label()));
            version = theirs.version();
        }, this::close);
        afterSave.run();
    }
}
