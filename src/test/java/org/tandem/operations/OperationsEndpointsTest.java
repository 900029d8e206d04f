package org.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.support.OwnDatabase;
import org.tandem.support.SecondApplication;
import org.tandem.support.TestClockConfiguration;
import org.tandem.support.TestDatabase;

/**
 * What a proxy, a monitoring tool and a stranger get from /actuator over HTTP: the health answer is open, with its
 * details (database, Quartz) only for an admin; metrics are refused unless an admin signs in; nothing else of
 * Actuator is there at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, SecondApplication.Strategy.class})
@TestExecutionListeners(listeners = SecondApplication.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class OperationsEndpointsTest {

    private static final String ADMIN = "ops-admin-2051:a long passphrase for operations 2051";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    Environment environment;

    @Autowired
    InitialPeople initialPeople;

    @BeforeEach
    void anAdmin() {
        if (!initialPeople.anyEnabledAdmin()) {
            initialPeople.user("ops-admin-2051", "Operations Admin", null, null,
                    "a long passphrase for operations 2051", List.of(Role.ADMIN));
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> OwnDatabase.url("operations"));
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    private HttpResponse<String> get(String path, String basic) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (basic != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theProxyIsToldTheNodeIsUpWithoutAnyDetailWhenSignedOut() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "quartz");
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminSeesTheDatabaseAndQuartzInTheHealthAnswer() throws Exception {
        HttpResponse<String> health = get("/actuator/health", ADMIN);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"", "\"quartz\"", "\"clustered\":true");
    }

    @Test
    void metricsAreRefusedSignedOutAndWithAWrongPassword() throws Exception {
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics/tandem.vaadin.uis", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "ops-admin-2051:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminReadsRequestTimesSessionsAndOpenUis() throws Exception {
        get("/login", null);
        HttpResponse<String> names = get("/actuator/metrics", ADMIN);
        assertThat(names.statusCode()).isEqualTo(200);
        assertThat(names.body()).contains("http.server.requests", "tandem.vaadin.sessions", "tandem.vaadin.uis");
        assertThat(get("/actuator/metrics/tandem.vaadin.uis", ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void nothingElseOfActuatorIsThere() throws Exception {
        HttpResponse<String> index = get("/actuator", ADMIN);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("/actuator/health", "/actuator/metrics")
                .doesNotContain("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/quartz");
        assertThat(get("/actuator", null).statusCode()).isEqualTo(401);
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/quartz"}) {
            // Not Actuator's answer: at most Tandem's own "not found" page for the admin, a refusal for others.
            HttpResponse<String> asAdmin = get(path, ADMIN);
            assertThat(asAdmin.headers().firstValue("Content-Type").orElse("")).as(path)
                    .doesNotContain("actuator", "json", "octet-stream");
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }
}
