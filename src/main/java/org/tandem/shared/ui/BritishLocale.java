package org.tandem.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every screen speaks British English whatever the browser or the server says (the server's default here is
 * American): dates, numbers and the components that follow the UI's locale, and the page's {@code lang}, which
 * screen readers pronounce by.
 */
@Component
class BritishLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", Locale.UK.toLanguageTag()));
    }
}
