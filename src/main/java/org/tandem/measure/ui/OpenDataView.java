package org.tandem.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.measure.BenchmarkImportResult;
import org.tandem.measure.BenchmarkService;
import org.tandem.measure.SettingsDraft;
import org.tandem.people.Roles;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * Whose open data to read (the local authority's code, its region, its statistical neighbours) and the
 * import of an Explore Education Statistics file, which says what it used and what it left out.
 */
@Route("measures/open-data")
@PageTitle("Open data and benchmarks | Tandem")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/measures.css")
public class OpenDataView extends Main {

    final TextField laCode = new TextField("Local authority code (new_la_code)");
    final TextField region = new TextField("Region (region_name)");
    final TextArea neighbours = new TextArea("Statistical neighbours' codes");
    final IntegerField smallBase = new IntegerField("Small numbers: a base under this is not rated");
    final BritishDatePicker releaseDate = new BritishDatePicker("Release date of the file");
    final Div outcome = new Div();
    private final BenchmarkService benchmarks;
    private SettingsDraft settings;
    private @Nullable String fileName;
    private byte @Nullable [] content;

    public OpenDataView(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
        this.settings = benchmarks.settings();
        addClassNames("page", "measures-page");
        add(new RouterLink("← Measures of success", MeasureDashboardView.class));
        add(new H1("Open data and benchmarks"));

        laCode.setHelperText("Such as E06000023.");
        TextLimits.limit(laCode, 20);
        TextLimits.limit(region, 100);
        neighbours.setHelperText("Codes separated by commas or new lines.");
        TextLimits.limit(neighbours, 500);
        NumberRange.between(smallBase, 1, 1000);
        fill();
        Button saveSettings = new Button("Save settings", event -> save());
        FormLayout form = new FormLayout(laCode, region, neighbours, smallBase);
        add(new Section(new H2("Whose figures to read"), form, saveSettings));

        Upload upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".csv");
        upload.setUploadButton(new Button("Choose an open-data file (.csv)"));
        Button importFile = new Button("Import benchmarks", event -> importFile());
        importFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.getElement().setAttribute("role", "status");
        add(new Section(new H2("Import a file"), new Paragraph("Download the underlying data (a \"tidy\" CSV) of "
                + "a release on Explore Education Statistics. Each measure with an open-data column takes that "
                + "column's England, region, neighbours' average and own figures, with the file and its release "
                + "date as the source."), upload, releaseDate, importFile, outcome));
    }

    private void fill() {
        laCode.setValue(settings.laCode());
        region.setValue(settings.region());
        neighbours.setValue(String.join(", ", settings.neighbourCodes()));
        smallBase.setValue(settings.smallNumberBase());
    }

    void save() {
        List<String> codes = Arrays.stream(neighbours.getValue().split("[,\\s]+")).filter(c -> !c.isBlank()).toList();
        SettingsDraft draft = new SettingsDraft(laCode.getValue(), region.getValue(), codes,
                smallBase.getValue() == null ? 10 : smallBase.getValue(), settings.version());
        new SaveAttempt().at("laCode", laCode).at("region", region).at("neighbourCodes", neighbours)
                .at("smallNumberBase", smallBase).onConflict(() -> {
                    settings = benchmarks.settings();
                    fill();
                }).run(() -> {
                    benchmarks.saveSettings(draft);
                    settings = benchmarks.settings();
                    Notifications.success("Settings saved.");
                });
    }

    /** Takes the file as if it had been uploaded: for the UI test. */
    void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
    }

    void importFile() {
        if (fileName == null || content == null) {
            Notifications.error("Choose a file first.");
            return;
        }
        String name = fileName;
        byte[] bytes = content;
        new SaveAttempt().at("releaseDate", releaseDate).call(() -> benchmarks.importFile(name, bytes,
                releaseDate.getValue())).ifPresent(this::show);
    }

    private void show(BenchmarkImportResult result) {
        outcome.removeAll();
        outcome.add(new H2("What was used"), list(result.used()));
        outcome.add(new H2("What was left out, and why"), result.skipped().isEmpty()
                ? new Paragraph("Nothing.") : list(result.skipped()));
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
