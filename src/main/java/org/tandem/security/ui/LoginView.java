package org.tandem.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.tandem.shared.TandemProperties;

/** The sign-in page. Its messages never tell whether an account exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Tandem")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "Incorrect username or password. Check them and try again.";
    static final String LOCKED = "This account is locked for 15 minutes after too many failed attempts. "
            + "Try again later, or ask your programme officer for help.";
    static final String DISABLED = "This account has been disabled. Ask your programme officer if you need access.";
    static final String ENDED = "Your session has ended. Sign in again to carry on.";

    private final LoginForm form = new LoginForm();
    private String message = BAD_CREDENTIALS;

    public LoginView(TandemProperties properties) {
        addClassName("login-view");
        H1 title = new H1("Tandem");
        Paragraph partnership = new Paragraph(properties.partnershipName());
        partnership.addClassName("login-partnership");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(BAD_CREDENTIALS));
        Paragraph help = new Paragraph("Forgotten your password? Your programme officer can reset it.");
        help.addClassName("login-help");
        add(title, partnership, form, help);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        if (error == null) {
            return;
        }
        String message = switch (error.isEmpty() ? "" : error.getFirst()) {
            case "locked" -> LOCKED;
            case "disabled" -> DISABLED;
            case "ended" -> ENDED;
            default -> BAD_CREDENTIALS;
        };
        this.message = message;
        form.setI18n(i18n(message));
        form.setError(true);
    }

    LoginForm form() {
        return form;
    }

    String errorMessage() {
        return message;
    }

    private static LoginI18n i18n(String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        LoginI18n.ErrorMessage errorMessage = new LoginI18n.ErrorMessage();
        errorMessage.setTitle("You are not signed in");
        errorMessage.setMessage(message);
        i18n.setErrorMessage(errorMessage);
        return i18n;
    }
}
