package org.tandem.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.tandem.people.Role;
import org.tandem.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** The page the Local Offer website shows in a frame (org.tandem.feedback.ui.EmbeddedFeedbackView). */
    static final String EMBED_PATH = "/you-said-we-did/embed";

    /**
     * Spring Boot Actuator under /actuator: the health endpoint is open (the proxy's checks and monitoring; its
     * details only for admins, see management.endpoint.health.show-details), everything else only for a signed-in
     * admin (the browser session, or HTTP Basic for a monitoring tool). Refusals are a plain 401/403, never the
     * sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, TandemAuthenticationProvider provider)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .authenticationProvider(provider)
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, TandemAuthenticationProvider provider,
            SessionRegistry sessionRegistry, EmbedOrigins embedOrigins) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/images/**").permitAll()
                // The published "you said, we did" feeds are public by design (org.tandem.feedback.PublicFeeds).
                .requestMatchers(HttpMethod.GET, "/public/you-said-we-did.json", "/public/you-said-we-did.atom")
                .permitAll()
                // The public progress page's feed (org.tandem.measure.PublicProgressFeed), public like the page.
                .requestMatchers(HttpMethod.GET, "/public/progress.json").permitAll()
                // The archived board report's files (org.tandem.report.ReportFiles); its service decides who.
                .requestMatchers(HttpMethod.GET, "/reports/*/report.html", "/reports/*/report.pdf",
                        "/reports/preview/*/report.html")
                .authenticated());
        if (embedOrigins.any()) {
            // The Local Offer website may show the embeddable page in a frame (tandem.public.embed-origins).
            http.addFilterBefore(new EmbedFraming(EMBED_PATH, embedOrigins), HeaderWriterFilter.class);
        }
        // Tandem's own pages may frame each other (the archived report is shown in a frame); no other site may.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.authenticationProvider(provider);
        // The registry lets an admin end a disabled user's sessions at once.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?error=ended"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
