package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The plain run: the default profile on the embedded H2 file database, with demo data, served over HTTP through
 * the real security filter chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultRunOnH2Test {

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void h2InATemporaryFolder(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDirectory.resolve("tandem")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    Environment environment;
    @Autowired
    org.tandem.action.ActionPlanService plan;
    @Autowired
    org.quartz.Scheduler scheduler;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheLoginPageAndSendsAnonymousVisitorsThere() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(302);
        assertThat(get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html").contains("<title>Tandem</title>");
        assertThat(get("/styles/tandem.css").statusCode()).isEqualTo(200);
    }

    @Test
    void demoUsersSignInAndAWrongPasswordIsSentBackWithAMessage() throws Exception {
        HttpResponse<String> wrong = signIn("board", "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error=credentials"));
        HttpResponse<String> right = signIn("board", "tandem-demo-pass");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void boardMembersDownloadTheDemoReportAndOthersAreRefused() throws Exception {
        assertThat(get("/reports/1/report.pdf").statusCode()).as("signed out").isEqualTo(302);
        signIn("lead", "tandem-demo-pass");
        assertThat(get("/reports/1/report.pdf").statusCode()).as("a workstream lead").isEqualTo(403);
        signIn("board", "tandem-demo-pass");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri("/reports/1/report.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> page = get("/reports/1/report.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'none'"));
        assertThat(page.body()).contains("<h1", "SEND partnership board report");
        assertThat(get("/reports/99999/report.html").statusCode()).isEqualTo(404);
        assertThat(get("/reports/preview/1/report.html").statusCode()).as("previews are for admins")
                .isEqualTo(403);
    }

    @Test
    void thePublicProgressPageAndFeedAreServedSignedOutWithTheDemosPublishableMeasuresOnly() throws Exception {
        assertThat(get("/progress").statusCode()).isEqualTo(200);
        HttpResponse<String> feed = get("/public/progress.json");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("EHC plans issued within 20 weeks")
                .doesNotContain("Requests for an EHC needs assessment");
    }

    @Test
    void theActionPlanQueriesRunOnH2WithTheDemoPlan() {
        org.tandem.people.SystemAuthentication.run(() -> {
            var cards = plan.overview();
            assertThat(cards).hasSize(5);
            assertThat(cards).extracting(card -> card.rag()).contains(org.tandem.shared.Rag.RED);
            var everything = org.tandem.action.ActionFilter.none();
            for (var filter : java.util.List.of(everything, everything.withOverdue(true),
                    everything.withUpdateOverdue(true), everything.withRag(org.tandem.shared.Rag.AMBER),
                    everything.withText("plan"), everything.withStatus(org.tandem.action.ActionStatus.AT_RISK))) {
                var page = plan.list(filter, org.springframework.data.domain.PageRequest.of(0, 50,
                        org.springframework.data.domain.Sort.by("dueDate")));
                assertThat((long) page.getNumberOfElements()).isEqualTo(Math.min(50, plan.count(filter)));
            }
            long id = plan.list(everything, org.springframework.data.domain.Pageable.ofSize(1)).getContent()
                    .getFirst().id();
            assertThat(plan.updates(id)).isNotNull();
            assertThat(plan.history(id)).isNotEmpty();
        });
    }

    @Test
    void theRunningSchedulerBuildsAndRunsTheReminderDigestJobOnH2() throws Exception {
        org.quartz.JobKey digest = org.quartz.JobKey.jobKey("reminder-digest", "tandem");
        java.util.concurrent.CompletableFuture<org.quartz.JobExecutionException> done =
                new java.util.concurrent.CompletableFuture<>();
        scheduler.getListenerManager().addJobListener(new org.quartz.listeners.JobListenerSupport() {
            @Override
            public String getName() {
                return "digest-test";
            }

            @Override
            public void jobWasExecuted(org.quartz.JobExecutionContext context,
                    org.quartz.JobExecutionException failure) {
                done.complete(failure);
            }
        }, org.quartz.impl.matchers.KeyMatcher.keyEquals(digest));

        assertThat(scheduler.isStarted()).isTrue();
        scheduler.triggerJob(digest);

        assertThat(done.get(30, java.util.concurrent.TimeUnit.SECONDS)).isNull();
    }
}
