package org.tandem.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.OrganisationService;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.BrowserCalls;
import org.tandem.support.UiTest;

class OrganisationsViewTest extends UiTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void savingAnEmptyOrganisationSaysBothFieldsAreMissingAtOnceAndFocusesTheName() {
        loginAs("org-admin", Role.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);
        int before = SystemAuthentication.call(() -> organisations.list()).size();
        _click(_get(Button.class, spec -> spec.withText("Add organisation")));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
        ComboBox<?> kind = _get(dialog, ComboBox.class, spec -> spec.withLabel("Kind"));

        BrowserCalls browser = new BrowserCalls().start();
        try {
            _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
            // The name's rule used to come only after the kind was chosen, at a second press of Save.
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo("Enter the organisation's name.");
            assertThat(kind.isInvalid()).isTrue();
            assertThat(browser.focusCalls(name)).isEqualTo(1);
            assertThat(browser.focusCalls(kind)).isZero();
        } finally {
            browser.stop();
        }
        assertThat(dialog.isOpened()).isTrue();
        assertThat(SystemAuthentication.call(() -> organisations.list())).hasSize(before);
    }

    @Test
    void everyColumnOfTheListHasAHeadingForAScreenReader() {
        loginAs("org-admin", Role.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);

        Grid<?> grid = _get(Grid.class);
        // axe-core: a column of Edit buttons had an empty header cell.
        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.getHeaderText()).isNotBlank());
    }
}
