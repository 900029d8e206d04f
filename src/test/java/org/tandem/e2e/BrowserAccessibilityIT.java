package org.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    static String baseUrl;
    static WebDriver driver;

    @BeforeAll
    static void startApplicationAndBrowser() throws Exception {
        PackagedApplication.start();
        baseUrl = PackagedApplication.baseUrl();
        driver = PackagedApplication.driver();
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
            if (paths.contains("reports")) {
                // The demo issues the last half-term's report at start-up; the page frames it.
                paths.add("reports/1");
            }
            for (String path : paths) {
                driver.get(baseUrl + "/" + path);
                waitForPage();
                problems.addAll(PackagedApplication.seriousViolations(username, path));
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
        assertThat(PackagedApplication.seriousViolations("anonymous", "login")).isEmpty();
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
}
