package org.tandem.risk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.risk.Category;
import org.tandem.risk.RiskFixture;
import org.tandem.risk.RiskLists;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskService;
import org.tandem.support.MutableClock;
import org.tandem.support.UiTest;

/** What an admin does to set up the register: import the council's old one, keep categories and scoring. */
class RiskAdminViewsTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2051, 3, 9);

    @Autowired
    RiskService service;
    @Autowired
    RiskRegister register;
    @Autowired
    RiskLists lists;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    RiskFixture given;

    @BeforeEach
    void anAdmin() {
        clock.setDate(TODAY);
        given = new RiskFixture(people, users, service);
        loginAs(given.admin.username(), Role.ADMIN);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theRegisterOffersAdminsTheImportAndTheSettings() {
        UI.getCurrent().navigate(RiskRegisterView.class);
        _get(RouterLink.class, spec -> spec.withText("Import a register"));
        _get(RouterLink.class, spec -> spec.withText("Categories and scoring"));
    }

    @Test
    void theRegisterOffersALeadNeitherTheImportNorTheSettings() {
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(RiskRegisterView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(RouterLink.class)).extracting(RouterLink::getText)
                .doesNotContain("Import a register", "Categories and scoring");
    }

    @Test
    void anAdminImportsACouncilRegisterAfterThePreviewShowsTheScoreThatDoesNotAddUp() {
        String prefix = "IMPV-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String owner = given.owner.displayName();
        UI.getCurrent().navigate(RiskImportView.class);
        RiskImportView view = _get(RiskImportView.class);
        view.receive("register.csv", ("Risk ref,Risk description,Risk owner,Score,Review date\n"
                + prefix + "-1,Transport overspend " + prefix + "," + owner + ",4x5,15/07/2051\n"
                + prefix + "-2,Too few places " + prefix + "," + owner + ",4x4=20,01/09/2051\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.fileStep.message()).startsWith("register.csv: 2 rows under 5 columns.");
        assertThat(view.columns.field("title").getValue()).isEqualTo("Risk description");

        _click(view.preview);
        assertThat(view.summary.getText()).startsWith("1 row ready, 1 with errors");
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(GridKt._size(view.rows)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.rows, 0)).anyMatch(cell -> cell.contains("4x4=20"));

        view.receive("register.csv", ("Risk ref,Risk description,Risk owner,Score,Review date\n"
                + prefix + "-1,Transport overspend " + prefix + "," + owner + ",4x5,15/07/2051\n"
                + prefix + "-2,Too few places " + prefix + "," + owner + ",12,01/09/2051\n")
                .getBytes(StandardCharsets.UTF_8));
        _click(view.preview);
        assertThat(view.summary.getText()).isEqualTo("2 rows ready, no errors.");
        assertThat(GridKt._getFormattedRow(view.rows, 0)).contains("20 (4 × 5)");
        _click(view.importButton);

        NotificationsKt.expectNotifications("2 risks imported into the register.");
        assertThat(SystemAuthentication.call(() -> register.export(given.mine())).stream()
                .map(row -> row.title())).contains("Transport overspend " + prefix, "Too few places " + prefix);
    }

    @Test
    void anAdminAddsACategoryWithItsAppetiteAndARefusedBandOrderIsSaidAtItsField() {
        UI.getCurrent().navigate(RiskSettingsView.class);
        RiskSettingsView view = _get(RiskSettingsView.class);
        String label = "Workforce " + java.util.UUID.randomUUID().toString().substring(0, 6);
        _setValue(view.newLabel, label);
        _setValue(view.newAppetite, 9);
        _click(_get(Button.class, spec -> spec.withText("Add the category")));
        NotificationsKt.expectNotifications("Category added.");
        Category added = SystemAuthentication.call(() -> lists.categories()).stream()
                .filter(category -> category.label().equals(label)).findFirst().orElseThrow();
        assertThat(added.appetite()).isEqualTo(9);

        _setValue(view.newLabel, label.toUpperCase());
        _click(_get(Button.class, spec -> spec.withText("Add the category")));
        assertThat(view.newLabel.isInvalid()).isTrue();
        assertThat(view.newLabel.getErrorMessage()).startsWith("There is already a category called");

        int low = SystemAuthentication.call(() -> lists.rules()).lowMax();
        _setValue(view.mediumMax, low);
        _click(_get(Button.class, spec -> spec.withText("Save the scoring")));
        assertThat(view.lowMax.isInvalid()).isTrue();
        assertThat(view.lowMax.getErrorMessage()).startsWith("The bands must rise");
        assertThat(SystemAuthentication.call(() -> lists.rules()).mediumMax()).isNotEqualTo(low);
    }

    @Test
    void aCategoryIsRetiredInItsDialog() {
        String label = "Estates " + java.util.UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.run(() -> lists.addCategory(label, 12));
        UI.getCurrent().navigate(RiskSettingsView.class);
        RiskSettingsView view = _get(RiskSettingsView.class);
        List<Category> shown = GridKt._findAll(view.categories);
        int row = shown.stream().map(Category::label).toList().indexOf(label);
        _click((Button) GridKt._getCellComponent(view.categories, row, "change"));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("In use for new risks")), false);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Category saved.");
        assertThat(SystemAuthentication.call(() -> lists.categories()).stream()
                .filter(category -> category.label().equals(label)).findFirst().orElseThrow().active()).isFalse();
        assertThat(GridKt._getFormattedRow(view.categories, row)).contains("Retired");
    }
}
