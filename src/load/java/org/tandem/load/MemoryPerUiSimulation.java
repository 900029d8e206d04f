package org.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.tandem.load.Vaadin.navigate;
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
 * A class histogram of the live heap is kept for each view. Then they leave (closing their UI as a browser does).
 *
 * <pre>./mvnw -Pload gatling:test -Dtandem.load.simulation=org.tandem.load.MemoryPerUiSimulation</pre>
 * Writes target/load/memory.md and target/load/histogram-*.txt.
 */
public class MemoryPerUiSimulation extends Simulation {

    static final int PEOPLE = Integer.getInteger("tandem.load.people", 50);
    static final int PHASE_SECONDS = 110;
    static final int WARM_UP_SECONDS = 40;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Tandem tandem = Tandem.start();
    private final List<String> rows = new ArrayList<>(List.of(
            "| view | people (UIs) | live heap before, MB | live heap with them, MB | per person, KB |",
            "| --- | --- | --- | --- | --- |"));

    /** A view, who opens it, and what they do there before staying (nothing, or open one update form). */
    record View(String name, String route, List<String> people, ChainBuilder then) {
        View(String name, String route, List<String> people) {
            this(name, route, people, exec(session -> session));
        }
    }

    private long before;

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
                        histogram.lines().limit(45).reduce("", (a, b) -> a + b + "\n"));
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
                new View("A feedback item", item, tandem.people.boardMembers()));

        // First a few people open every view once and leave, so that the one-time caches (Hibernate's query
        // plans and parser, Vaadin's route and template caches) are not counted against the first view measured.
        int warmUps = Math.min(5, PEOPLE);
        ScenarioBuilder warmUp = scenario("Warm up").feed(cycle(tandem.people.leads())).exec(signIn());
        for (View view : views) {
            warmUp = warmUp.exec(navigate("Warm up: " + view.name(), view.route(), "")).exec(view.then());
        }
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(warmUp.injectOpen(rampUsers(warmUps).during(Duration.ofSeconds(10))));
        var measure = scenario("Measure").pause(Duration.ofSeconds(WARM_UP_SECONDS));
        for (int i = 0; i < views.size(); i++) {
            View view = views.get(i);
            measure = measure.exec(session -> {
                before = liveHeapKb(null);
                return session;
            }).pause(Duration.ofSeconds(60)).exec(session -> {
                long with = liveHeapKb(view.name().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
                rows.add("| %s | %d | %.1f | %.1f | %.0f |".formatted(view.name(), PEOPLE, before / 1024.0,
                        with / 1024.0, (with - before) / (double) PEOPLE));
                return session;
            }).pause(Duration.ofSeconds(PHASE_SECONDS - 60 - 5));
            ScenarioBuilder openers = scenario("Open " + view.name()).feed(cycle(view.people()))
                    .exec(signIn()).exec(navigate(view.name(), view.route(), "")).exec(view.then())
                    .pause(Duration.ofSeconds(55))
                    .exec(http(view.name() + ": leave").post(session -> "/?v-r=uidl&v-uiId=" + tree(session).uiId)
                            .header("Content-Type", "text/plain;charset=UTF-8")
                            .body(StringBody(session -> tree(session).unload())).check(status().is(200)));
            populations.add(openers.injectOpen(nothingFor(Duration.ofSeconds(WARM_UP_SECONDS + 5L
                    + i * PHASE_SECONDS)),
                    rampUsers(PEOPLE).during(Duration.ofSeconds(20))));
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
