package org.tandem.feedback.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.tandem.feedback.FeedbackFilter;
import org.tandem.feedback.FeedbackLists;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackRow;
import org.tandem.feedback.Stage;
import org.tandem.feedback.Theme;
import org.tandem.shared.ui.Dates;

/** Every piece of feedback, newest first, filtered by stage, theme, overdue and words; lazy and paged. */
@Route("feedback")
@PageTitle("You said, we did | Tandem")
@Menu(order = 30, icon = "vaadin:comments-o", title = "You said, we did")
@PermitAll
public class FeedbackRegisterView extends Main {

    final Select<Stage> stage = new Select<>();
    final Select<Theme> theme = new Select<>();
    final Checkbox overdue = new Checkbox("No response yet and overdue");
    final TextField text = new TextField("Search");
    final Grid<FeedbackRow> grid = new Grid<>();
    final Paragraph matches = new Paragraph();
    private final FeedbackRegister register;
    private volatile FeedbackFilter exported = FeedbackFilter.none();

    public FeedbackRegisterView(FeedbackRegister register, FeedbackLists lists) {
        this.register = register;
        addClassName("page");
        stage.setLabel("Stage");
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("Any stage");
        stage.setItemLabelGenerator(value -> value == null ? "Any stage" : value.label());
        theme.setLabel("Theme");
        // Retired themes too: their items are still in the register.
        theme.setItems(lists.themes());
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption("Any theme");
        theme.setItemLabelGenerator(value -> value == null ? "Any theme"
                : value.active() ? value.label() : value.label() + " (retired)");
        text.setMaxLength(FeedbackFilter.TEXT_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        stage.addValueChangeListener(event -> refresh());
        theme.addValueChangeListener(event -> refresh());
        overdue.addValueChangeListener(event -> refresh());
        text.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(stage, theme, text, overdue);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.addComponentColumn(FeedbackRows::link).setHeader("What was said").setFlexGrow(3);
        grid.addColumn(row -> Dates.format(row.saidOn())).setHeader("Said on").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.voiceGroup().label()).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.themes().stream().sorted().map(Theme::label).collect(Collectors.joining(", ")))
                .setHeader("Themes").setFlexGrow(1);
        grid.addColumn(row -> row.stage().label() + (row.overdue() ? " (overdue)" : "")).setHeader("Stage")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Feedback");
        grid.setItems(query -> register.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, register.count(filter())));
        grid.setPageSize(50);
        grid.setHeight("65vh");
        matches.getElement().setAttribute("aria-live", "polite");
        // The download runs outside the UI's lock, so it reads the filter saved at the last change.
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = register.export(exported).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "you-said-we-did.csv", "text/csv",
                    csv.length);
        }), AttachmentType.DOWNLOAD, "Download these as CSV");
        add(new H1("You said, we did"), filters, download, matches, grid);
        refresh();
    }

    FeedbackFilter filter() {
        return new FeedbackFilter(stage.getValue(), theme.getValue(), overdue.getValue(), text.getValue());
    }

    private void refresh() {
        exported = filter();
        long count = register.count(filter());
        matches.setText(count == 1 ? "1 item matches." : count + " items match.");
        grid.getDataProvider().refreshAll();
    }
}
