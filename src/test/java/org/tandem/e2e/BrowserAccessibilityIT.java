package org.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the packaged application on the embedded default (demo data), signs in as each demo user in Debian's
 * Chromium, opens every page of that user's navigation and the detail pages reached from them, and runs axe-core
 * on each. No serious or critical violation may remain. Pages added by later features are found through the
 * navigation, with no change here. For one user of each role it also opens every dialog that role can open,
 * narrows the window to 320 px and checks that nothing is lost, checks grid headings against their columns, and
 * uses the keyboard as a person without a mouse would.
 */
class BrowserAccessibilityIT {

    static final String PASSWORD = "tandem-demo-pass";
    static final List<String> DEMO_USERS = List.of("admin", "board", "lead", "forum", "dave.hughes",
            "aisha.rahman", "helen.wright", "chris.obi", "gareth.evans", "nadia.begum", "joanna.price",
            "lucy.mills", "kai.thompson");
    /**
     * One demo user of each role: the admin, a board member, a workstream lead and a forum rep. While writing a
     * check, -Dtandem.e2e.users=forum,lead narrows the run to those.
     */
    static final List<String> ONE_OF_EACH_ROLE = List.of(System.getProperty("tandem.e2e.users",
            "admin,board,lead,forum").split(","));

    /**
     * Buttons that open a dialog and nothing else, by their text (by its start where it ends in a space); the first
     * of each on a page is pressed, and Escape leaves the dialog without saving.
     */
    static final List<String> DIALOG_OPENERS = List.of("Add user", "Edit", "Add organisation", "Add the next year",
            "Edit dates of ", "Set up the strategy", "Start the next strategy", "Edit strategy", "Record approval",
            "Add priority", "History", "Edit priority ", "Add action", "Edit action", "Mark complete",
            "Cancel action", "Add workstream", "Add a ", "Edit the pledge", "Log an activity", "Log feedback",
            "Edit what was said", "Read", "Produce and send now…", "Raise a risk", "Review", "Escalate",
            "De-escalate", "Accept (tolerate)", "Change", "Add evidence", "New measure", "Start a new edition", "Add an item",
            "Copy this framework");

    static String baseUrl;
    static WebDriver driver;

    @BeforeAll
    static void startApplicationAndBrowser() throws Exception {
        PackagedApplication.start();
        baseUrl = PackagedApplication.baseUrl();
        driver = PackagedApplication.driver();
    }

    @AfterEach
    void fullWidthAndSignedOut() {
        PageChecks.width(driver, 1280);
        driver.manage().deleteAllCookies();
    }

    @Test
    void everyDemoUserSignsInAndEveryPageTheyCanReachPassesAxe() {
        List<String> problems = new ArrayList<>();
        int pagesChecked = 0;
        for (String username : DEMO_USERS) {
            signIn(username);
            Set<String> paths = reachable();
            assertThat(paths).as("navigation of %s", username).contains("");
            for (String path : paths) {
                open(path);
                problems.addAll(PackagedApplication.seriousViolations(username, path));
                pagesChecked++;
            }
            System.out.println("axe-core: " + username + " checked " + paths.size() + " pages: " + paths);
            driver.manage().deleteAllCookies();
        }
        assertThat(pagesChecked).isGreaterThanOrEqualTo(DEMO_USERS.size() * 10);
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void everyDialogEachRoleCanOpenPassesAxeAndReflowsAt320Px() {
        List<String> problems = new ArrayList<>();
        Set<String> opened = new LinkedHashSet<>();
        for (String username : ONE_OF_EACH_ROLE) {
            signIn(username);
            for (String path : reachable()) {
                for (String opener : openersOn(path)) {
                    if (!press(opener)) {
                        continue;
                    }
                    String title = dialogTitle();
                    String where = username + " /" + path + " \"" + title + "\"";
                    opened.add(username + ": " + opener + " → " + title);
                    problems.addAll(PackagedApplication.seriousViolations(username, path + " \"" + title + "\""));
                    PageChecks.width(driver, PageChecks.NARROW);
                    PageChecks.settle(driver);
                    problems.addAll(PageChecks.reflowProblems(driver, where));
                    PageChecks.width(driver, 1280);
                    closeDialog();
                }
            }
            System.out.println("dialogs: " + username + " opened " + opened.stream()
                    .filter(name -> name.startsWith(username + ":")).toList());
            driver.manage().deleteAllCookies();
        }
        assertThat(problems).as("serious or critical axe-core violations and reflow problems in dialogs").isEmpty();
        assertThat(opened).as("dialogs opened").contains("admin: Add user → Add user",
                "forum: Log feedback → Log feedback", "forum: Edit what was said → Edit what was said")
                .anyMatch(name -> name.startsWith("admin: Edit → Edit "))
                .anyMatch(name -> name.startsWith("admin: Read → "))
                .anyMatch(name -> name.startsWith("admin: Review → Review R-"))
                .anyMatch(name -> name.startsWith("admin: Change → Change "));
    }

    @Test
    void everyPageEachRoleCanReachReflowsAt320PxWithNothingCut() {
        List<String> problems = new ArrayList<>();
        for (String username : ONE_OF_EACH_ROLE) {
            signIn(username);
            Set<String> paths = reachable();
            if (paths.contains("reports")) {
                // The report as e-mailed and archived, on its own, as a phone's mail program would show it.
                paths.add("reports/1/report.html");
            }
            PageChecks.width(driver, PageChecks.NARROW);
            for (String path : paths) {
                open(path);
                problems.addAll(PageChecks.reflowProblems(driver, username + " /" + path));
            }
            PageChecks.width(driver, 1280);
            driver.manage().deleteAllCookies();
        }
        assertThat(problems).as("pages that do not reflow at 320 px").isEmpty();
    }

    @Test
    void gridHeadingsSitOverTheirColumnsAndAreNotCutShort() {
        List<String> problems = new ArrayList<>();
        for (String username : List.of("admin", "lead")) {
            signIn(username);
            for (String path : reachable()) {
                open(path);
                problems.addAll(PageChecks.gridHeadings(driver, username + " /" + path));
            }
            driver.manage().deleteAllCookies();
        }
        assertThat(problems).as("grid headings").isEmpty();
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndTakesTheKeyboardToThePageHeading() {
        signIn("board");
        open("actions");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(PageChecks.focused(driver)).startsWith("a#skip-link Skip to main content");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(PageChecks.waitForFocus(driver, "h1")).isEqualTo("h1 Action plan");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(PageChecks.focused(driver)).as("the next tab stop is in the page, not the menu")
                .doesNotContain("vaadin-side-nav-item");
    }

    @Test
    void afterMovingToAnotherPageFocusIsOnThatPagesHeading() {
        signIn("board");
        open("");
        WebElement priorities = driver.findElement(By.cssSelector("vaadin-side-nav-item[path='priorities']"));
        priorities.click();
        assertThat(PageChecks.waitForFocus(driver, "h1")).isEqualTo("h1 Priorities");
        // by keyboard too: Enter on a link in the page
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("main a[href^='priorities/']")));
        link.sendKeys(Keys.ENTER);
        assertThat(PageChecks.waitForFocus(driver, "h1")).startsWith("h1 ").isNotEqualTo("h1 Priorities");
    }

    @Test
    void aLeadReachesAndSavesTheirUpdateOnMyActionsWithTheKeyboardAlone() {
        signIn("lead");
        open("my-actions");
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB, Keys.ENTER).perform();
        assertThat(PageChecks.waitForFocus(driver, "h1")).isEqualTo("h1 My actions");
        String give = tabUntil("vaadin-button Give the ", 40);
        assertThat(give).as("the first card's button that opens its update form, reached by Tab")
                .startsWith("vaadin-button Give the ").endsWith(" update");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(PageChecks.waitForFocus(driver, "input")).as("the form's first field, its status")
                .startsWith("input");
        assertThat(tabUntil("textarea", 5)).startsWith("textarea");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(PageChecks.waitForFocus(driver, "vaadin-button Give the ")).as("Escape closes the form")
                .isEqualTo(give);
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(PageChecks.waitForFocus(driver, "input")).startsWith("input");
        String action = tabUntil("textarea", 5);
        assertThat(action).as("the opened update form's text, reached by Tab").startsWith("textarea");
        keys.sendKeys("Ran the first two workshops; families asked for an evening session, planned next.")
                .perform();
        String button = tabUntil("vaadin-button", 10);
        assertThat(button).startsWith("vaadin-button Save update for ");
        String reference = button.substring("vaadin-button Save update for ".length()).trim();
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-notification-card, vaadin-notification-container"),
                "Saved the update for " + reference));
        assertThat(PageChecks.waitForFocus(driver, "a")).as("focus stays with the action just updated")
                .startsWith("a " + reference + " ");
    }

    @Test
    void aPageTheRoleMayNotOpenSaysSoPlainlyWithTheWayHome() {
        signIn("board");
        driver.get(baseUrl + "/admin/users");
        waitForPage();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                .isEqualTo("You do not have access to this page");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("annotations")
                .doesNotContain("admin/outbox");
        assertThat(driver.findElement(By.id("no-access-home")).getText()).isEqualTo("Go to your home page");
    }

    @Test
    void theLoginPagePassesAxe() {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input")));
        assertThat(PackagedApplication.seriousViolations("anonymous", "login")).isEmpty();
        PageChecks.width(driver, PageChecks.NARROW);
        assertThat(PageChecks.reflowProblems(driver, "/login")).isEmpty();
    }

    /** The user's navigation and the pages reached from it: a priority, an action, feedback, a report. */
    private static Set<String> reachable() {
        Set<String> paths = navigation();
        paths.add("account/password");
        // The demo plan's and register's first rows have id 1; feedback 1 is newly logged, 6 is assigned.
        paths.add("priorities/1");
        paths.add("actions/1");
        paths.add("feedback/1");
        paths.add("feedback/6");
        paths.add("risks/2");
        if (paths.contains("sef")) {
            paths.add("sef/gaps");
            paths.add("sef/readiness");
            paths.add("sef/frameworks");
            firstLink("sef", "sef/criterion/").ifPresent(paths::add);
        }
        if (paths.contains("measures")) {
            paths.add("measures/library");
            firstLink("measures", "measures/").filter(path -> path.matches("measures/\\d+")).ifPresent(paths::add);
        }
        if (paths.contains("admin/users")) {
            paths.add("actions/import");
            paths.add("risks/import");
            paths.add("risks/settings");
            paths.add("measures/entry");
            paths.add("measures/import");
            paths.add("measures/open-data");
            paths.add("reports/preview/" + previewHalfTerm());
        }
        if (paths.contains("reports")) {
            // The demo issues the last half-term's report at start-up; the page frames it.
            paths.add("reports/1");
        }
        return paths;
    }

    /** The first link on a page whose address starts with the prefix (a criterion, a measure), as a path. */
    private static java.util.Optional<String> firstLink(String page, String prefix) {
        open(page);
        return driver.findElements(By.cssSelector("a[href]")).stream()
                .map(link -> link.getDomAttribute("href")).filter(href -> href != null)
                .map(href -> href.replaceFirst("^(https?://[^/]+)?/", ""))
                .filter(href -> href.startsWith(prefix) && href.length() > prefix.length()
                        && Character.isDigit(href.charAt(prefix.length())))
                .findFirst();
    }

    private static final Map<String, String> PREVIEW = new LinkedHashMap<>();

    /** The half-term the admin's reports page offers to preview, as its Preview button would open it. */
    private static String previewHalfTerm() {
        return PREVIEW.computeIfAbsent("id", key -> {
            open("reports");
            driver.findElements(By.cssSelector("vaadin-button")).stream()
                    .filter(button -> button.getText().trim().equals("Preview")).findFirst().orElseThrow().click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/preview/"));
            return driver.getCurrentUrl().replaceFirst(".*/preview/", "");
        });
    }

    /** The openers on the page, which stays open: each dialog is left with Escape, back to the same page. */
    private static List<String> openersOn(String path) {
        open(path);
        List<String> texts = driver.findElements(By.cssSelector("main vaadin-button")).stream()
                .map(button -> button.getText().trim()).toList();
        return DIALOG_OPENERS.stream().filter(opener -> texts.stream().anyMatch(text -> opens(opener, text)))
                .toList();
    }

    private static boolean opens(String opener, String text) {
        return opener.endsWith(" ") ? text.startsWith(opener) : text.equals(opener);
    }

    /** Presses the first enabled button that opener names; true when a dialog opened. */
    private static boolean press(String opener) {
        List<WebElement> buttons = driver.findElements(By.cssSelector("main vaadin-button")).stream()
                .filter(button -> opens(opener, button.getText().trim()) && button.isEnabled()
                        && button.getDomAttribute("disabled") == null).toList();
        if (buttons.isEmpty()) {
            return false;
        }
        // Scrolled into view first: the window is only so tall, and a person scrolls to a button too.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", buttons.getFirst());
        buttons.getFirst().click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")));
            PageChecks.settle(driver);
            return true;
        } catch (org.openqa.selenium.TimeoutException none) {
            return false;
        }
    }

    private static String dialogTitle() {
        return driver.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")).stream()
                .map(dialog -> dialog.getDomAttribute("header-title") != null ? dialog.getDomAttribute("header-title")
                        : dialog.getDomProperty("headerTitle"))
                .filter(title -> title != null && !title.isBlank()).findFirst().orElse("untitled dialog");
    }

    private static void closeDialog() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")));
    }

    /** Presses Tab until the focused element is of that kind; what has focus then. */
    private static String tabUntil(String kind, int at_most) {
        for (int i = 0; i < at_most; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String now = PageChecks.focused(driver);
            if (now.startsWith(kind)) {
                return now;
            }
        }
        return PageChecks.focused(driver);
    }

    private static void open(String path) {
        driver.get(baseUrl + "/" + path);
        if (path.endsWith(".html")) {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
            return;
        }
        waitForPage();
        PageChecks.settle(driver);
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
