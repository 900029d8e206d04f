package org.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public "you said, we did" page and its embeddable list, which no one signs in to see: served by the
 * packaged application with its demo data, they pass axe-core with no serious or critical violation, and the
 * feeds answer anonymous requests.
 */
class PublicPageAccessibilityIT {

    static String baseUrl;
    static WebDriver driver;

    @BeforeAll
    static void startApplicationAndBrowser() throws Exception {
        PackagedApplication.start();
        baseUrl = PackagedApplication.baseUrl();
        driver = PackagedApplication.driver();
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
            problems.addAll(PackagedApplication.seriousViolations("anonymous", path));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void thePublicPageSpeaksBritishEnglishTellsEntriesApartByHeadingAndReflowsAt320Px() throws Exception {
        waitForPublishedDemoFeedback();
        driver.manage().deleteAllCookies();
        List<String> problems = new ArrayList<>();
        try {
            for (String path : List.of("you-said-we-did", "you-said-we-did/embed")) {
                PageChecks.width(driver, 1280);
                driver.get(baseUrl + "/" + path);
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("article.public-entry h3")));
                assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(path)
                        .isEqualTo("en-GB");
                List<String> headings = driver.findElements(By.cssSelector("article.public-entry h3")).stream()
                        .map(heading -> heading.getText()).distinct().toList();
                assertThat(headings).as("%s: entries' headings", path).hasSizeGreaterThan(3)
                        .doesNotContain("You said", "We did this");
                PageChecks.width(driver, PageChecks.NARROW);
                problems.addAll(PageChecks.reflowProblems(driver, "anonymous /" + path));
            }
            PageChecks.width(driver, 1280);
            driver.get(baseUrl + "/you-said-we-did");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("for-websites")));
            assertThat(driver.findElement(By.id("for-websites")).getText()).startsWith("For websites")
                    .contains("JSON feed", "Atom feed");
        } finally {
            PageChecks.width(driver, 1280);
        }
        assertThat(problems).as("the public page at 320 px").isEmpty();
    }

    @Test
    void theGlossaryAndTheProgressPageArePublicPassAxeAndReflowAt320Px() throws Exception {
        waitForPublishedDemoFeedback();
        driver.manage().deleteAllCookies();
        List<String> problems = new ArrayList<>();
        try {
            for (String path : List.of("glossary", "progress")) {
                PageChecks.width(driver, 1280);
                driver.get(baseUrl + "/" + path);
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("main h1")));
                assertThat(driver.getCurrentUrl()).as(path).doesNotContain("login");
                assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(path)
                        .isEqualTo("en-GB");
                problems.addAll(PackagedApplication.seriousViolations("anonymous", path));
                PageChecks.width(driver, PageChecks.NARROW);
                problems.addAll(PageChecks.reflowProblems(driver, "anonymous /" + path));
            }
            PageChecks.width(driver, 1280);
            driver.get(baseUrl + "/glossary");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("glossary")));
            assertThat(driver.findElement(By.id("glossary")).getText()).contains("EHC plan (education, health and "
                    + "care plan)");
        } finally {
            PageChecks.width(driver, 1280);
        }
        assertThat(problems).as("the glossary and the progress page").isEmpty();
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
}
