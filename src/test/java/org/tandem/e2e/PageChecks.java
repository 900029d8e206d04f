package org.tandem.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser checks measure on a page besides axe-core: reflow at a narrow width, grid headings over their
 * columns, and where focus is. Each returns what a person would notice, one line per problem.
 */
final class PageChecks {

    /** WCAG 1.4.10: content reflows at 320 CSS px (1280 px at 400 % zoom) with no sideways scrolling. */
    static final int NARROW = 320;

    private PageChecks() {
    }

    /**
     * Nothing wider than the window and nothing cut: no element (shadow parts included) whose content is wider
     * than its box while its overflow is hidden, clipped or scrolls. Grids are left out: a data table may scroll
     * sideways within itself (the exception in 1.4.10), and their headings are checked by {@link #gridHeadings}.
     */
    static List<String> reflowProblems(WebDriver driver, String where) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js(driver).executeScript("""
                const limit = arguments[0];
                const problems = [];
                const page = document.documentElement;
                if (page.scrollWidth > limit) {
                    problems.push('the page is ' + page.scrollWidth + ' px wide');
                }
                const name = el => {
                    const text = (el.innerText || el.textContent || el.getAttribute('aria-label') || '')
                        .trim().replace(/\\s+/g, ' ').slice(0, 60);
                    return el.localName + (el.id ? '#' + el.id : '') + (el.getAttribute('part')
                        ? '[part=' + el.getAttribute('part') + ']' : '')
                        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim()
                        .split(/\\s+/).join('.') : '') + (text ? ' "' + text + '"' : '');
                };
                const skipped = 'vaadin-grid, vaadin-dev-tools, input, textarea, iframe, svg, [hidden]';
                const visit = (node, host) => {
                    for (const el of node.children) {
                        if (el.matches(skipped)) {
                            continue;
                        }
                        const style = getComputedStyle(el);
                        if (style.display === 'none' || style.visibility === 'hidden') {
                            continue;
                        }
                        const box = el.getBoundingClientRect();
                        if (box.width > 2 && box.height > 2 && style.overflowX !== 'visible'
                                && el.scrollWidth > el.clientWidth + 1) {
                            problems.push((host ? name(host) + ' > ' : '') + name(el) + ' shows '
                                + el.clientWidth + ' of ' + el.scrollWidth + ' px');
                        }
                        if (el.shadowRoot) {
                            visit(el.shadowRoot, el);
                        }
                        visit(el, host);
                    }
                };
                visit(document.body, null);
                return problems;
                """, NARROW);
        return found.stream().distinct().map(problem -> where + " at " + NARROW + " px: " + problem).toList();
    }

    /** Each grid's header cells start where its first row's cells do, and no heading is cut short. */
    static List<String> gridHeadings(WebDriver driver, String where) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js(driver).executeScript("""
                const problems = [];
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                    const label = grid.getAttribute('aria-label') || 'grid';
                    const headers = [...grid.shadowRoot.querySelectorAll('thead tr:last-child th')]
                        .filter(cell => !cell.hidden && cell.getBoundingClientRect().width > 0);
                    const row = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                        .find(tr => !tr.hidden && tr.getBoundingClientRect().height > 0);
                    if (!row) {
                        continue;
                    }
                    const cells = [...row.querySelectorAll('td')]
                        .filter(cell => !cell.hidden && cell.getBoundingClientRect().width > 0);
                    headers.forEach((header, i) => {
                        const slot = header.querySelector('slot');
                        const content = slot && slot.assignedElements()[0];
                        const text = content ? content.textContent.trim() : '';
                        const cell = cells[i];
                        if (cell) {
                            const h = header.getBoundingClientRect(), c = cell.getBoundingClientRect();
                            if (Math.abs(h.left - c.left) > 1 || Math.abs(h.width - c.width) > 1) {
                                problems.push(label + ': heading "' + text + '" spans ' + Math.round(h.left)
                                    + '+' + Math.round(h.width) + ' px over cells at ' + Math.round(c.left)
                                    + '+' + Math.round(c.width) + ' px');
                            }
                        }
                        const cut = [content, ...(content ? content.querySelectorAll('*') : [])]
                            .filter(el => el && el.scrollWidth > el.clientWidth + 1);
                        const sorter = content && content.querySelector('vaadin-grid-sorter');
                        const sorterCut = sorter && [...sorter.shadowRoot.querySelectorAll('[part=content]')]
                            .some(part => part.scrollWidth > part.clientWidth + 1);
                        if (text && (cut.length > 0 || sorterCut)) {
                            problems.push(label + ': heading "' + text + '" is cut short');
                        }
                    });
                }
                return problems;
                """);
        return found.stream().map(problem -> where + ": " + problem).toList();
    }

    /** The focused element, looking into shadow roots: "h1 My actions", "a#skip-link Skip to main content". */
    static String focused(WebDriver driver) {
        return (String) js(driver).executeScript("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) {
                    el = el.shadowRoot.activeElement;
                }
                if (!el || el === document.body) {
                    return 'body';
                }
                return el.localName + (el.id ? '#' + el.id : '') + ' '
                    + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 80);
                """);
    }

    static String waitForFocus(WebDriver driver, String startsWith) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                String now = focused(d);
                return now.startsWith(startsWith) ? now : null;
            });
        } catch (org.openqa.selenium.TimeoutException notThere) {
            return focused(driver);
        }
    }

    static void width(WebDriver driver, int width) {
        Dimension now = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, now.getHeight()));
        // Chromium keeps a minimum window width; the page's own width is what counts.
        long inner = (Long) js(driver).executeScript("return window.innerWidth");
        if (inner != width) {
            driver.manage().window().setSize(new Dimension((int) (width + (width - inner)), now.getHeight()));
        }
        stillAfterResize(driver);
    }

    /**
     * Waits until the page has stopped moving after a resize: the app layout slides its drawer away in a CSS
     * transition, and a check made half way (on a busy machine it takes longer) measures a narrow moment the
     * person never sees. Endless animations (a spinner) are not waited for.
     */
    private static void stillAfterResize(WebDriver driver) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(d).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    requestAnimationFrame(() => requestAnimationFrame(() => done(document.getAnimations()
                        .filter(a => a.playState === 'running')
                        .every(a => a.effect && a.effect.getComputedTiming().iterations === Infinity))));
                    """)));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            // Measure anyway: a page that never stops moving is itself worth the finding that follows.
        }
    }

    /** Waits until Vaadin has nothing in flight, so that a check reads the page as the person would see it. */
    static void settle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !clients || Object.values(clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
