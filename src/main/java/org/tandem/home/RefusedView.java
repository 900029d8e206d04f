package org.tandem.home;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * The same plain refusal as {@link NoAccessView} when the route was open to the person but a service refused what
 * the page needed while it was being built (its own permissions are finer than the route's): the page says so and
 * offers the way home, instead of a half-built page with an error notice.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access | Tandem")
@PermitAll
public class RefusedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String reason = parameter.getException().getMessage();
        NoAccessView.fill(this, reason == null || reason.isBlank() || "Access Denied".equals(reason)
                ? NoAccessView.REASON : reason);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
