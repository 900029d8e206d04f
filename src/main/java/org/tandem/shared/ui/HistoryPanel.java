package org.tandem.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.shared.audit.HistoryEntry;

/** Who changed what and when, with the values before and after, newest first. */
public class HistoryPanel extends Composite<VerticalLayout> {

    private static final DateTimeFormatter WHEN = org.tandem.shared.BritishDates.SHORT_TIME;

    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No changes recorded yet.");

    public HistoryPanel(ZoneId zone) {
        H3 title = new H3("History");
        grid.addColumn(entry -> WHEN.format(entry.when().atZone(zone))).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::byName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.subject() + ": " + entry.kind().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(HistoryPanel::describe).setHeader("Before and after").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("History of changes");
        getContent().setPadding(false);
        getContent().add(title, empty, grid);
        setEntries(List.of());
    }

    public void setEntries(List<HistoryEntry> entries) {
        grid.setItems(entries);
        empty.setVisible(entries.isEmpty());
        grid.setVisible(!entries.isEmpty());
    }

    public List<HistoryEntry> entries() {
        return grid.getListDataView().getItems().toList();
    }

    static String describe(HistoryEntry entry) {
        return entry.changes().stream()
                .map(change -> change.before().isEmpty()
                        ? change.field() + ": " + change.after()
                        : change.field() + ": " + change.before() + " → " + change.after())
                .collect(Collectors.joining("; "));
    }
}
