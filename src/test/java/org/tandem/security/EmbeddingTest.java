package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
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
import org.tandem.support.OwnDatabase;
import org.tandem.support.SecondApplication;
import org.tandem.support.TestClockConfiguration;
import org.tandem.support.TestDatabase;

/**
 * Whether other sites may show Tandem in a frame, as browsers read the headers over HTTP: by default no site may
 * (X-Frame-Options: DENY everywhere); with {@code tandem.public.embed-origins} set, those sites may frame the
 * embeddable "you said, we did" page, and nothing else.
 */
class EmbeddingTest {

    static final String EMBED = "/you-said-we-did/embed";
    static final String LOCAL_OFFER = "https://localoffer.example.gov.uk";

    /** A web application on a database of its own, served on a random port. */
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("test")
    @Import({TestClockConfiguration.class, SecondApplication.Strategy.class})
    @TestExecutionListeners(listeners = SecondApplication.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
    abstract static class Served {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        @Autowired
        Environment environment;

        @DynamicPropertySource
        static void ownDatabase(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", () -> OwnDatabase.url("embedding"));
            registry.add("spring.datasource.username", TestDatabase::user);
            registry.add("spring.datasource.password", TestDatabase::password);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            URI uri = URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * X-Frame-Options as Tandem sends it without the setting: SAMEORIGIN on the pages Vaadin renders (Vaadin's
     * own default), DENY on what Spring Security answers itself; either way no other site may frame it.
     */
    static void assertOnlyTandemMayFrame(String path, HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Frame-Options")).as(path)
                .hasValueSatisfying(value -> assertThat(value).isIn("DENY", "SAMEORIGIN"));
        assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                .noneMatch(policy -> policy.contains("frame-ancestors"));
    }

    @Nested
    class WithoutEmbedOrigins extends Served {

        @Test
        void noOtherSiteMayFrameTheEmbeddablePageOrAnyOther() throws Exception {
            for (String path : new String[] {EMBED, "/you-said-we-did", "/login"}) {
                HttpResponse<String> response = get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertOnlyTandemMayFrame(path, response);
            }
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "tandem.public.embed-origins= " + LOCAL_OFFER + " , https://www.riverside.example:8443/")
    class WithEmbedOrigins extends Served {

        @Test
        void theLocalOfferWebsiteMayFrameTheEmbeddablePage() throws Exception {
            HttpResponse<String> response = get(EMBED);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                    "frame-ancestors 'self' " + LOCAL_OFFER + " https://www.riverside.example:8443");
            assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
        }

        @Test
        void everyOtherPageStillRefusesToBeFramed() throws Exception {
            for (String path : new String[] {"/you-said-we-did", "/login", "/"}) {
                assertOnlyTandemMayFrame(path, get(path));
            }
        }
    }
}
