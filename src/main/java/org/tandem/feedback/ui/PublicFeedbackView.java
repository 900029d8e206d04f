package org.tandem.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.PublicEntry;
import org.tandem.feedback.PublicFeedback;
import org.tandem.feedback.PublicQuery;
import org.tandem.feedback.Theme;
import org.tandem.shared.TandemProperties;

/**
 * "You said, we did" for everyone, with no sign-in: what families told the partnership and what it did, in the
 * agreed public wording. Outside the signed-in frame, printable, and searchable; {@code ?q=}, {@code ?theme=}
 * and {@code ?priority=} in the address fill the search, so a filtered page can be linked to.
 */
@Route(value = "you-said-we-did", autoLayout = false)
@PageTitle("You said, we did")
@AnonymousAllowed
@StyleSheet("styles/you-said-we-did.css")
public class PublicFeedbackView extends Main implements BeforeEnterObserver {

    final TextField search = new TextField("Search");
    final Select<Theme> theme = new Select<>();
    final Select<PublicEntry.PublicPriority> priority = new Select<>();
    final RadioButtonGroup<PublicEntries.Grouping> grouping = new RadioButtonGroup<>("Group by");
    final Paragraph count = new Paragraph();
    final PublicEntries entries = new PublicEntries();
    /**
     * How many entries are shown at first: as many as the feeds list, so that their links find their entry. The
     * page used to build all {@value PublicQuery#MAX_LIMIT} at once (an entry under each of its themes: about
     * 2,800 elements), the heaviest view of the load test.
     */
    static final int FIRST_SHOWN = PublicQuery.DEFAULT_LIMIT;

    final Button older = new Button("Show older entries", event -> showOlder());
    private final PublicFeedback feedback;
    private boolean entering;
    private int shown = FIRST_SHOWN;
    private @Nullable PublicEntry firstLeftOut;

    public PublicFeedbackView(PublicFeedback feedback, TandemProperties properties) {
        this.feedback = feedback;
        addClassNames("page", "public-page");
        Header header = new Header(new Paragraph(properties.partnershipName()));
        header.addClassName("public-header");

        search.setMaxLength(PublicQuery.TEXT_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setHelperText("Words from what was said or done");
        theme.setLabel("Theme");
        theme.setItems(feedback.themes());
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption("All themes");
        theme.setItemLabelGenerator(value -> value == null ? "All themes" : value.label());
        priority.setLabel("Priority");
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption("All priorities");
        priority.setItemLabelGenerator(value -> value == null ? "All priorities" : value.label());
        priority.setItems(priorities());
        grouping.setItems(PublicEntries.Grouping.values());
        grouping.setItemLabelGenerator(PublicEntries.Grouping::label);
        grouping.setValue(PublicEntries.Grouping.THEME);
        search.addValueChangeListener(event -> refreshUnlessEntering());
        theme.addValueChangeListener(event -> refreshUnlessEntering());
        priority.addValueChangeListener(event -> refreshUnlessEntering());
        grouping.addValueChangeListener(event -> refreshUnlessEntering());
        FlexLayout filters = new FlexLayout(search, theme, priority, grouping);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Button print = new Button("Print this page", event -> getUI().ifPresent(ui -> ui.getPage()
                .executeJs("window.print()")));
        print.addClassName("no-print");
        Div tools = new Div(print);
        tools.addClassNames("toolbar", "no-print");

        count.setId("public-count");
        count.getElement().setAttribute("aria-live", "polite");
        Anchor glossary = new Anchor("glossary", "Words we use");
        Paragraph words = new Paragraph("Not sure what a word means? ");
        words.add(glossary, new Text(" explains them in plain English."));
        add(header, new H1("You said, we did"), new Paragraph("Families, children and young people tell us what "
                + "works and what does not. Here is what you told us, and what we did about it. If we could not do "
                + "something, we say why."), words, new Paragraph(new Anchor("progress", "Our progress: how the "
                + "partnership's measures of success are moving")), filters, tools, count, entries, older,
                forWebsites());
        older.addClassName("no-print");
        // The entries are shown once, on entering (below): built here too, and again for each field the address
        // fills, they made the public page the load test's slowest view.
    }

    private void refreshUnlessEntering() {
        if (!entering) {
            shown = FIRST_SHOWN;
            refresh();
        }
    }

    /** The rest of the entries that match; focus goes to the first of them, where reading left off. */
    private void showOlder() {
        PublicEntry next = firstLeftOut;
        shown = PublicQuery.MAX_LIMIT;
        refresh();
        if (next != null) {
            entries.focus(next.id());
        }
    }

    /** The feeds are for other websites and feed readers, not for the families this page is written for. */
    private static Aside forWebsites() {
        Anchor json = new Anchor("public/you-said-we-did.json", "JSON feed");
        json.setRouterIgnore(true);
        Anchor atom = new Anchor("public/you-said-we-did.atom", "Atom feed");
        atom.setRouterIgnore(true);
        Paragraph feeds = new Paragraph("Other websites and feed readers can show this list, kept up to date, "
                + "from the ");
        feeds.add(json, new Text(" or the "), atom, new Text("."));
        Aside note = new Aside(new H2("For websites"), feeds);
        note.setId("for-websites");
        note.addClassNames("for-websites", "no-print");
        return note;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        PublicQuery query = PublicQuery.parse(first(parameters, "q"), first(parameters, "theme"),
                first(parameters, "priority"), null);
        entering = true;
        try {
            search.setValue(query.text());
            theme.setValue(feedback.themes().stream().filter(t -> t.slug().equals(query.theme())).findFirst()
                    .orElse(null));
            priority.setValue(query.priority() == null ? null : priorities().stream()
                    .filter(p -> p.number() == query.priority()).findFirst().orElse(null));
            if ("priority".equals(first(parameters, "by"))) {
                grouping.setValue(PublicEntries.Grouping.PRIORITY);
            }
        } finally {
            entering = false;
        }
        refresh();
    }

    /** Shows the entries that match, the newest {@link #shown} of them. */
    void refresh() {
        PublicQuery query = new PublicQuery(Objects.requireNonNullElse(search.getValue(), ""),
                theme.getValue() == null ? null : theme.getValue().slug(),
                priority.getValue() == null ? null : priority.getValue().number(), PublicQuery.MAX_LIMIT);
        List<PublicEntry> found = feedback.search(query);
        List<PublicEntry> shownNow = found.subList(0, Math.min(shown, found.size()));
        count.setText(found.isEmpty() ? "Nothing matches. Try fewer words or another theme."
                : found.size() == 1 ? "1 entry." : found.size() + " entries, newest first"
                        + (found.size() == PublicQuery.MAX_LIMIT ? " (the newest " + PublicQuery.MAX_LIMIT
                                + "; search to find older ones)." : ".")
                        + (shownNow.size() < found.size() ? " The newest " + shownNow.size() + " are shown; "
                                + "\u201CShow older entries\u201D at the end of the list shows the rest." : ""));
        entries.show(shownNow, grouping.getValue() == null ? PublicEntries.Grouping.THEME : grouping.getValue());
        older.setVisible(shownNow.size() < found.size());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("you-said-we-did", QueryParameters.simple(address(query)))));
        firstLeftOut = found.size() > shownNow.size() ? found.get(shownNow.size()) : null;
    }

    /** The search as address parameters, so that a filtered page can be bookmarked and shared. */
    private Map<String, String> address(PublicQuery query) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (!query.text().isEmpty()) {
            parameters.put("q", query.text());
        }
        if (query.theme() != null) {
            parameters.put("theme", query.theme());
        }
        if (query.priority() != null) {
            parameters.put("priority", String.valueOf(query.priority()));
        }
        if (grouping.getValue() == PublicEntries.Grouping.PRIORITY) {
            parameters.put("by", "priority");
        }
        return parameters;
    }

    private List<PublicEntry.PublicPriority> priorities() {
        return feedback.entries().stream().flatMap(e -> e.priorities().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(PublicEntry.PublicPriority::number)).toList();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
