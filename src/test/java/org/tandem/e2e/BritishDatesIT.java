package org.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dates typed the British way in a real browser, whose own language is American English here: 01/12/2026 is 1
 * December 2026 in every date field people met it in, and a date that does not exist gets a message.
 */
class BritishDatesIT {

    static String baseUrl;
    static WebDriver driver;

    @BeforeAll
    static void startApplicationAndBrowser() throws Exception {
        PackagedApplication.start();
        baseUrl = PackagedApplication.baseUrl();
        driver = PackagedApplication.driver();
    }

    @org.junit.jupiter.api.BeforeEach
    void wideWindow() {
        // Another check may have left the shared browser at 320 px, where the header overlaps the buttons.
        PageChecks.width(driver, 1280);
    }

    @Test
    void saidOnInLogFeedbackReadsDayMonthYear() {
        signIn("forum");
        open("feedback/inbox");
        click("Log feedback");
        assertReadsBritish("Said on");
    }

    @Test
    void aDateCanBeTypedOnANarrowScreenToo() {
        // At 320 px (a phone, or a desktop zoomed to 400 %) Vaadin's picker shows its calendar full screen, and
        // while that calendar is open the field takes no typing: a keyboard must be able to type the date anyway.
        PageChecks.width(driver, 320);
        signIn("forum");
        open("feedback/inbox");
        click("Log feedback");
        assertReadsBritish("Said on");
    }

    @Test
    void dateItTookPlaceInACoProductionActivityReadsDayMonthYear() {
        signIn("forum");
        open("co-production");
        click("Log an activity");
        assertReadsBritish("Date it took place");
    }

    @Test
    void completedOnInMarkCompleteReadsDayMonthYear() {
        signIn("lead");
        open("my-actions");
        WebElement first = wait(30).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".my-action h2 a")));
        driver.get(first.getDomProperty("href"));
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        click("Mark complete");
        assertReadsBritish("Completed on");
    }

    private void assertReadsBritish(String label) {
        type(label, "01/12/2026");
        settle(() -> "2026-12-01".equals(value(label)));
        assertThat(value(label)).as("%s after typing 01/12/2026", label).isEqualTo("2026-12-01");
        assertThat(shown(label)).isEqualTo("01/12/2026");
        assertThat(invalid(label)).isFalse();

        type(label, "31/02/2026");
        settle(() -> invalid(label) && errorMessage(label).contains("day/month/year"));
        assertThat(invalid(label)).as("%s after typing 31/02/2026", label).isTrue();
        assertThat(errorMessage(label)).contains("day/month/year");

        type(label, "13/12/2026");
        settle(() -> "2026-12-13".equals(value(label)) && !invalid(label));
        assertThat(value(label)).isEqualTo("2026-12-13");
        assertThat(invalid(label)).isFalse();
    }

    /** The server answers the field's change in its own time; wait up to ten seconds for it. */
    private static void settle(java.util.function.BooleanSupplier done) {
        try {
            wait(10).until(driver -> done.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            // The assertions that follow say what was seen instead.
        }
    }

    private void type(String label, String text) {
        WebElement input = (WebElement) js().executeScript(
                "return [...document.querySelectorAll('vaadin-date-picker')].find(p => p.label === arguments[0])"
                        + ".querySelector('input')", label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    private Object picker(String label, String property) {
        return js().executeScript("return [...document.querySelectorAll('vaadin-date-picker')]"
                + ".find(p => p.label === arguments[0])[arguments[1]]", label, property);
    }

    private String value(String label) {
        return String.valueOf(picker(label, "value"));
    }

    private boolean invalid(String label) {
        return Boolean.TRUE.equals(picker(label, "invalid"));
    }

    private String errorMessage(String label) {
        return String.valueOf(picker(label, "errorMessage"));
    }

    private String shown(String label) {
        return String.valueOf(js().executeScript("return [...document.querySelectorAll('vaadin-date-picker')]"
                + ".find(p => p.label === arguments[0]).querySelector('input').value", label));
    }

    private static void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        WebElement user = wait(30).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(BrowserAccessibilityIT.PASSWORD, Keys.ENTER);
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    private static void open(String path) {
        driver.get(baseUrl + "/" + path);
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    private static void click(String buttonText) {
        WebElement button = wait(30).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='" + buttonText + "']")));
        // Scrolled to the middle first, so that a sticky header never takes the click.
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-date-picker")));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
