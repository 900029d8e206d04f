package org.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public "you said, we did" page and its embeddable list, which no one signs in to see: served by the
 * packaged application with its demo data, they pass axe-core with no serious or critical violation, and the
 * feeds answer anonymous requests.
 */
class PublicPageAccessibilityIT {

    static Process application;
    static String baseUrl;
    static WebDriver driver;

    @BeforeAll
    static void startApplicationAndBrowser() throws Exception {
        String jar = System.getProperty("tandem.e2e.jar");
        assertThat(jar).as("the packaged jar (run with -Pe2e)").isNotNull();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        baseUrl = "http://localhost:" + port;
        Path workingDirectory = Files.createTempDirectory("tandem-e2e");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        application = new ProcessBuilder(java, "-jar", jar, "--server.port=" + port)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve("application.log").toFile())
                .start();
        waitForLoginPage(workingDirectory.resolve("application.log"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tandem.e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("tandem-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("tandem.e2e.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (application != null) {
            application.destroy();
        }
    }

    @Test
    void thePublicPageAndTheEmbeddableListPassAxeWithoutSigningIn() throws Exception {
        waitForPublishedDemoFeedback();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("you-said-we-did", "you-said-we-did?by=priority", "you-said-we-did/embed")) {
            driver.manage().deleteAllCookies();
            driver.get(baseUrl + "/" + path);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("main h1")));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("article.public-entry")));
            assertThat(driver.getCurrentUrl()).as("/%s stays public", path).doesNotContain("login");
            problems.addAll(seriousViolations("anonymous", path));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theFeedsAnswerAnonymousRequests() throws Exception {
        waitForPublishedDemoFeedback();
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/public/you-said-we-did.json?limit=5", "/public/you-said-we-did.atom")) {
            var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("You said");
        }
    }

    /** The server answers before the demo data has loaded (runners run after it starts): wait for it. */
    private static void waitForPublishedDemoFeedback() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "/public/you-said-we-did.json?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("youSaid")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No published demo feedback within 120 s");
    }

    private static List<String> seriousViolations(String username, String path) {
        Results results = new AxeBuilder().exclude("vaadin-dev-tools").analyze(driver);
        assertThat(results.getPasses()).as("axe-core ran on /%s", path).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                found.add(username + " /" + path + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getHelp() + " at " + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        return found;
    }

    private static void waitForLoginPage(Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                throw new IllegalStateException("The application stopped:\n" + Files.readString(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("No login page within 120 s:\n" + Files.readString(log));
    }
}
