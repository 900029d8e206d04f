package org.tandem;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tandem: the workspace where a SEND partnership board governs its strategy together with families.
 * Styles are plain CSS loaded with {@code @StyleSheet}, so that no Node.js build is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tandem.css")
public class TandemApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TandemApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tandem");
        settings.addFavIcon("icon", "icons/tandem.svg", "any");
    }
}
