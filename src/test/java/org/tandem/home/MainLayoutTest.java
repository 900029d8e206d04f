package org.tandem.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.Test;
import org.tandem.people.Role;
import org.tandem.support.UiTest;

class MainLayoutTest extends UiTest {

    @Test
    void theFrameSaysWhoIsSignedInWithASignOutButtonAndALinkToChangeThePassword() {
        loginAs("layout-lead", Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withClasses("shell-name")).getElement().getTextRecursively())
                .contains("layout-lead");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Sign out");
        assertThat(_find(Anchor.class, spec -> spec.withText("Change your password")))
                .anyMatch(link -> link.getHref().equals("account/password"));
        // No menu bar in the header: its one item collapsed into "···" and stayed cut at 320 px.
        assertThat(_find(MenuBar.class)).isEmpty();
    }

    @Test
    void everythingInTheDrawerIsInANamedLandmarkForAScreenReader() {
        loginAs("layout-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate("");

        MainLayout layout = _get(MainLayout.class);
        // axe-core found the product's name and the links under the menu outside every landmark.
        assertThat(layout.getElement().getChildren().filter(child -> "drawer".equals(child.getAttribute("slot"))))
                .isNotEmpty().allSatisfy(part -> {
                    assertThat(part.getTag()).isEqualTo("nav");
                    assertThat(part.getAttribute("aria-label")).isNotBlank();
                });
        assertThat(_get(layout, Nav.class, spec -> spec.withClasses("shell-more")).getElement().getTextRecursively())
                .contains("Words we use", "Change your password");
        assertThat(_find(layout, Span.class, spec -> spec.withText("Tandem")))
                .allSatisfy(brand -> assertThat(brand.getParent().flatMap(c -> c.getParent())).get()
                        .isInstanceOf(Nav.class)).hasSize(1);
    }
}
