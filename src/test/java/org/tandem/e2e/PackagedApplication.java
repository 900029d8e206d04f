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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The packaged application (embedded default, demo data) and one Debian Chromium, started once for all browser
 * checks in the run and stopped when the JVM ends.
 */
final class PackagedApplication {

    private static Process application;
    private static String baseUrl;
    private static WebDriver driver;
    private static String mainWindow = "";

    private PackagedApplication() {
    }

    static synchronized void start() throws Exception {
        if (driver != null) {
            return;
        }
        // While writing a check: -Dtandem.e2e.baseUrl=http://localhost:8093 drives an application already running.
        String running = System.getProperty("tandem.e2e.baseUrl");
        if (running != null && !running.isBlank()) {
            baseUrl = running;
            startBrowser();
            return;
        }
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
        startBrowser();
    }

    private static void startBrowser() throws IOException {
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
        mainWindow = driver.getWindowHandle();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            driver.quit();
            if (application != null) {
                application.destroy();
            }
        }));
    }

    static String baseUrl() {
        return baseUrl;
    }

    static WebDriver driver() {
        return driver;
    }

    /** The serious and critical axe-core violations on the page the browser shows, one line each. */
    static List<String> seriousViolations(String who, String path) {
        Results results = analyze();
        assertThat(results.getPasses()).as("axe-core ran on /%s", path).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                found.add(who + " /" + path + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getHelp() + " at " + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        return found;
    }

    /**
     * axe-core's Selenium runner opens a blank window for its frame checks; on a busy machine Chromium's renderer
     * sometimes misses the driver's one-second deadline for that ("switchToWindow failed"). That is the runner's
     * hiccup, not the page's, so it is tried again, at most twice.
     */
    private static Results analyze() {
        for (int attempt = 1; ; attempt++) {
            try {
                return new AxeBuilder().exclude("vaadin-dev-tools").analyze(driver);
            } catch (RuntimeException hiccup) {
                boolean runnerTimedOut = String.valueOf(hiccup.getMessage()).contains("switchToWindow failed")
                        || hiccup.getCause() instanceof org.openqa.selenium.TimeoutException;
                if (!runnerTimedOut || attempt == 3) {
                    throw hiccup;
                }
                for (String handle : driver.getWindowHandles()) {
                    if (!handle.equals(mainWindow)) {
                        driver.switchTo().window(handle).close();
                    }
                }
                driver.switchTo().window(mainWindow);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw hiccup;
                }
            }
        }
    }

    private static void waitForLoginPage(Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(240);
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
        throw new IllegalStateException("No login page within 240 s:\n" + Files.readString(log));
    }
}
