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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the packaged application on the embedded default (demo data), signs in as each demo user in Debian's
 * Chromium, opens every page of that user's navigation and runs axe-core on it. No serious or critical
 * violation may remain. Pages added by later features are found through the navigation, with no change here.
 */
class BrowserAccessibilityIT {

    static final String PASSWORD = "tandem-demo-pass";
    static final List<String> DEMO_USERS = List.of("admin", "board", "lead", "forum", "dave.hughes",
            "aisha.rahman", "helen.wright", "chris.obi", "gareth.evans", "nadia.begum", "joanna.price",
            "lucy.mills", "kai.thompson");

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
    void everyDemoUserSignsInAndEveryPageInTheirNavigationPassesAxe() {
        List<String> problems = new ArrayList<>();
        int pagesChecked = 0;
        for (String username : DEMO_USERS) {
            signIn(username);
            Set<String> paths = navigation();
            assertThat(paths).as("navigation of %s", username).contains("");
            paths.add("account/password");
            // Pages reached from others rather than from the navigation; the demo plan's first rows have id 1.
            paths.add("priorities/1");
            paths.add("actions/1");
            if (paths.contains("admin/users")) {
                paths.add("actions/import");
            }
            for (String path : paths) {
                driver.get(baseUrl + "/" + path);
                waitForPage();
                problems.addAll(seriousViolations(username, path));
                pagesChecked++;
            }
            System.out.println("axe-core: " + username + " checked " + paths.size() + " pages: " + paths);
            driver.manage().deleteAllCookies();
        }
        assertThat(pagesChecked).isGreaterThanOrEqualTo(DEMO_USERS.size() * 7);
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theLoginPagePassesAxe() {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input")));
        assertThat(seriousViolations("anonymous", "login")).isEmpty();
    }

    private static void signIn(String username) {
        driver.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        assertThat(driver.getCurrentUrl()).as("after %s signs in", username).doesNotContain("login");
    }

    private static Set<String> navigation() {
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement item : driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
            String path = item.getDomAttribute("path");
            paths.add(path == null ? "" : path.replaceFirst("^/", ""));
        }
        return paths;
    }

    private static void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1, vaadin-login-form")));
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
