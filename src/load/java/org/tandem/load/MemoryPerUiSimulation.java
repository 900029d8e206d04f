package org.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.tandem.load.Vaadin.leave;
import static org.tandem.load.Vaadin.navigate;
import static org.tandem.load.Vaadin.page;
import static org.tandem.load.Vaadin.signIn;
import static org.tandem.load.Vaadin.tree;
import static org.tandem.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Memory per person: for each main view in turn, {@code tandem.load.people} (default 50) people sign in and open
 * it in one browser tab each (a real Vaadin UI, through the protocol), and stay. The live heap after a full GC
 * ({@code jcmd GC.run}, then {@code GC.heap_info}) is taken before they come and while they are all there; the
 * difference divided by their number is what one more person on that view costs (their UI and their session).
 * Then each opens the view again in a second tab of the same session, and the heap is taken again: that difference
 * is what one more UI costs alone. A class histogram of the live heap is kept for each view and each second tab.
 * Then they leave (closing both tabs as a browser does).
 *
 * <pre>./mvnw -Pload gatling:test -Dtandem.load.simulation=org.tandem.load.MemoryPerUiSimulation</pre>
 * {@code -Dtandem.load.views=my-actions} measures only the views whose file names start so.
 * Writes target/load/memory.md and target/load/histogram-*.txt.
 */
public class MemoryPerUiSimulation extends Simulation {

    static final int PEOPLE = Integer.getInteger("tandem.load.people", 50);
    /** Seconds into a view's phase: people arrive over the first 5 + RAMP_SECONDS, then the two heaps are taken. */
    static final int RAMP_SECONDS = 20;
    static final int FIRST_TAB_MEASURED = 55;
    /** After their first tab, each person waits this long before the second (the measurement between them)... */
    static final int SECOND_TAB_AFTER = 60;
    static final int SECOND_TAB_MEASURED = 120;
    /** ...and this long after it before closing both. */
    static final int LEAVE_AFTER = 60;
    static final int PHASE_SECONDS = 165;
    static final int WARM_UP_SECONDS = 40;
    /**
     * Only the views whose file names (histogram-NAME.txt: "my-actions", "priorities") start with one of these
     * (comma-separated), to measure one change quickly.
     */
    static final List<String> ONLY = Stream.of(System.getProperty("tandem.load.views", "").split(","))
            .map(String::strip).filter(name -> !name.isEmpty()).toList();
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Tandem tandem = Tandem.start();
    private final List<String> rows = new ArrayList<>(List.of(
            "| view | people | live heap before, MB | with them (one tab each), MB | per person (session and UI), KB"
                    + " | with a second tab each, MB | per UI (the second tab), KB |",
            "| --- | --- | --- | --- | --- | --- | --- |"));

    /** A view, who opens it, and what they do there before staying (nothing, or open one update form). */
    record View(String name, String route, List<String> people, ChainBuilder then) {
        View(String name, String route, List<String> people) {
            this(name, route, people, exec(session -> session));
        }
    }

    /** A pause that ends {@code second} seconds after the measuring scenario's start. */
    private static java.util.function.Function<io.gatling.javaapi.core.Session, Duration> until(long second) {
        return session -> Duration.ofNanos(Math.max(0,
                session.getLong("start") + Duration.ofSeconds(second).toNanos() - System.nanoTime()));
    }

    private static String fileName(View view) {
        return view.name().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static Iterator<Map<String, Object>> cycle(List<String> usernames) {
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("username",
                usernames.get((int) (next.getAndIncrement() % usernames.size())))).iterator();
    }

    private long liveHeapKb(String histogramFor) {
        try {
            jcmd("GC.run");
            jcmd("GC.run");
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            long kb = used.find() ? Long.parseLong(used.group(1)) : -1;
            if (histogramFor != null) {
                String histogram = jcmd("GC.class_histogram");
                Files.writeString(Tandem.OUT.resolve("histogram-" + histogramFor.replace('/', '-') + ".txt"),
                        histogram.lines().limit(120).reduce("", (a, b) -> a + b + "\n"));
            }
            return kb;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(tandem.pid()), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    {
        String item = LoadData.publishedFeedbackItem(tandem.people);
        List<View> views = List.of(new View("Action plan", "actions", tandem.people.boardMembers()),
                new View("My actions", "my-actions", tandem.people.leads()),
                // A lead who came to give an update: the page and the one form they opened.
                new View("My actions, one update form open", "my-actions", tandem.people.leads(),
                        doIf(session -> tree(session).button("Give the ").isPresent()).then(uidl(
                                "My actions: open the form", session -> UiTree.click(
                                        tree(session).button("Give the ").orElseThrow())))),
                new View("Priorities", "priorities", tandem.people.boardMembers()),
                new View("A feedback item", item, tandem.people.boardMembers())).stream()
                .filter(view -> ONLY.isEmpty() || ONLY.stream().anyMatch(fileName(view)::startsWith)).toList();

        // First a few people open every view once and leave, so that the one-time caches (Hibernate's query
        // plans and parser, Vaadin's route and template caches) are not counted against the first view measured.
        int warmUps = Math.min(5, PEOPLE);
        ScenarioBuilder warmUp = scenario("Warm up").feed(cycle(tandem.people.leads())).exec(signIn());
        for (View view : views) {
            warmUp = warmUp.exec(navigate("Warm up: " + view.name(), view.route(), "")).exec(view.then());
        }
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(warmUp.injectOpen(rampUsers(warmUps).during(Duration.ofSeconds(10))));
        var measure = scenario("Measure").exec(session -> session.set("start", System.nanoTime()));
        for (int i = 0; i < views.size(); i++) {
            View view = views.get(i);
            String name = fileName(view);
            long[] heap = new long[3];
            long phase = WARM_UP_SECONDS + (long) i * PHASE_SECONDS;
            // Measured at fixed times from the start, whatever each measurement (full GCs, a histogram) took.
            measure = measure.pause(until(phase)).exec(session -> {
                heap[0] = liveHeapKb(null);
                return session;
            }).pause(until(phase + 5 + FIRST_TAB_MEASURED)).exec(session -> {
                heap[1] = liveHeapKb(name);
                return session;
            }).pause(until(phase + 5 + SECOND_TAB_MEASURED)).exec(session -> {
                heap[2] = liveHeapKb(name + "-second-tab");
                rows.add("| %s | %d | %.1f | %.1f | %.0f | %.1f | %.0f |".formatted(view.name(), PEOPLE,
                        heap[0] / 1024.0, heap[1] / 1024.0, (heap[1] - heap[0]) / (double) PEOPLE,
                        heap[2] / 1024.0, (heap[2] - heap[1]) / (double) PEOPLE));
                return session;
            });
            // Each person signs in and opens the view (their session and one UI), later opens it again in a second
            // tab of the same session (one more UI only), then closes both tabs as a browser does.
            ScenarioBuilder openers = scenario("Open " + view.name()).feed(cycle(view.people()))
                    .exec(signIn()).exec(navigate(view.name(), view.route(), "")).exec(view.then())
                    .pause(Duration.ofSeconds(SECOND_TAB_AFTER))
                    .exec(session -> session.set("firstTab", session.get("tree")))
                    .exec(page(view.name() + ": second tab", view.route(), "")).exec(view.then())
                    .pause(Duration.ofSeconds(LEAVE_AFTER))
                    .exec(leave(view.name() + ": leave"))
                    .exec(session -> session.set("tree", session.get("firstTab")))
                    .exec(leave(view.name() + ": leave"));
            populations.add(openers.injectOpen(nothingFor(Duration.ofSeconds(WARM_UP_SECONDS + 5L
                    + i * PHASE_SECONDS)),
                    rampUsers(PEOPLE).during(Duration.ofSeconds(RAMP_SECONDS))));
        }
        populations.add(measure.injectOpen(atOnceUsers(1)));
        setUp(populations).protocols(http.baseUrl(tandem.baseUrl).disableCaching());
    }

    @Override
    public void after() {
        String table = String.join("\n", rows);
        System.out.println(table);
        try {
            Files.writeString(Tandem.OUT.resolve("memory.md"), table + "\n");
        } catch (IOException e) {
            System.err.println(e);
        }
        tandem.close();
    }
}
