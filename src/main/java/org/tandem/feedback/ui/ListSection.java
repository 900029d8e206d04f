package org.tandem.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.FeedbackLists;
import org.tandem.feedback.ListKind;
import org.tandem.feedback.ListValue;
import org.tandem.feedback.Theme;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/** One list (channels or themes) in the admins' order, each value with its buttons. Names show as text. */
class ListSection extends Section {

    final Grid<ListValue> grid = new Grid<>();
    private final ListKind kind;
    private final FeedbackLists lists;
    private final ZoneId zone;
    private List<ListValue> values = List.of();

    ListSection(ListKind kind, FeedbackLists lists, ZoneId zone) {
        this.kind = kind;
        this.lists = lists;
        this.zone = zone;
        addClassName("card");
        Button add = new Button("Add a " + kind.noun(), event -> ListValueDialog.adding(kind, lists, this::refresh));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(ListValue::label).setHeader("Name").setKey("name").setFlexGrow(2);
        if (kind == ListKind.THEME) {
            grid.addColumn(value -> ((Theme) value).slug()).setHeader("In links").setKey("slug").setFlexGrow(1);
        }
        grid.addColumn(value -> value.active() ? "Offered" : "Retired").setHeader("For new feedback")
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Change").setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(kind.title());
        add(new H2(kind.title()), new Paragraph(kind.purpose()), add, grid);
        refresh();
    }

    void refresh() {
        values = lists.values(kind);
        grid.setItems(values);
    }

    private Component actions(ListValue value) {
        int at = values.indexOf(value);
        Button rename = button("Rename", value, () -> ListValueDialog.renaming(value, lists, zone, this::refresh));
        Button up = button("Move up", value, () -> change(
                () -> lists.move(kind, value.id(), value.version(), true), null));
        up.setEnabled(at > 0);
        Button down = button("Move down", value, () -> change(
                () -> lists.move(kind, value.id(), value.version(), false), null));
        down.setEnabled(at >= 0 && at < values.size() - 1);
        Button status = value.active()
                ? button("Retire", value, () -> change(() -> lists.retire(kind, value.id(), value.version()),
                        value.label() + " is no longer offered for new feedback; items that have it keep it."))
                : button("Restore", value, () -> change(() -> lists.restore(kind, value.id(),
                        value.version()), value.label() + " is offered for new feedback again."));
        FlexLayout buttons = new FlexLayout(rename, up, down, status);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return buttons;
    }

    private static Button button(String text, ListValue value, Runnable action) {
        Button button = new Button(text, event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text + " " + value.label());
        return button;
    }

    /** Runs a change; whether it went through or was refused, the list then shows what is saved now. */
    private void change(Runnable action, @Nullable String done) {
        if (new SaveAttempt().run(action) && done != null) {
            Notifications.success(done);
        }
        refresh();
    }
}
