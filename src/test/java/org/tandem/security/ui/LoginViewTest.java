package org.tandem.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.tandem.support.UiTest;

class LoginViewTest extends UiTest {

    private String messageFor(String reason) {
        UI.getCurrent().navigate("login", QueryParameters.of("error", reason));
        LoginView view = _get(LoginView.class);
        assertThat(view.form().isError()).isTrue();
        return view.errorMessage();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserReadTheSame() {
        assertThat(messageFor("credentials")).isEqualTo(LoginView.BAD_CREDENTIALS);
    }

    @Test
    void lockedAndDisabledAccountsGetClearMessages() {
        assertThat(messageFor("locked")).contains("locked for 15 minutes");
        assertThat(messageFor("disabled")).contains("disabled");
        assertThat(messageFor("ended")).contains("session has ended");
    }

    @Test
    void anOddReasonFallsBackToTheGeneralMessage() {
        assertThat(messageFor("<script>alert(1)</script>")).isEqualTo(LoginView.BAD_CREDENTIALS);
    }
}
