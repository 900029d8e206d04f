package org.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.tandem.load.Vaadin.leave;
import static org.tandem.load.Vaadin.navigate;
import static org.tandem.load.Vaadin.page;
import static org.tandem.load.Vaadin.signIn;
import static org.tandem.load.Vaadin.tree;
import static org.tandem.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A board meeting week: leads giving their half-term's updates on My actions, board members reading priorities,
 * the action plan filtered to what is off track and the reports, forum reps logging what families said, and the
 * public reading "you said, we did" and its feeds. Ramps to {@code tandem.load.people} (300) concurrent people,
 * holds them for {@code tandem.load.minutes}, with think times as people have.
 *
 * <pre>./mvnw -Pproduction package -DskipTests && ./mvnw -Pload gatling:test</pre>
 */
public class BoardWeekSimulation extends Simulation {

    static final int PEOPLE = Integer.getInteger("tandem.load.people", 300);
    static final AtomicLong SAVED = new AtomicLong();
    static final AtomicLong REFUSED = new AtomicLong();
    static final java.util.Set<String> REFUSALS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final Duration HOLD = Duration.ofMinutes(Long.getLong("tandem.load.minutes", 2));
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("tandem.load.ramp-seconds", 90));

    private final Tandem tandem = Tandem.start();

    private final HttpProtocolBuilder protocol = http.baseUrl(tandem.baseUrl)
            .acceptHeader("*/*").acceptLanguageHeader("en-GB,en;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Tandem load test")
            .disableCaching().warmUp(tandem.baseUrl + "/login");

    private static Iterator<Map<String, Object>> cycle(List<String> usernames) {
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("username",
                usernames.get((int) (next.getAndIncrement() % usernames.size())))).iterator();
    }

    /**
     * People who are done close their tab, and the browser's unload beacon ends its UI; without it every person who
     * ever came would keep a UI on the server until their session timed out, which no real visit does.
     */
    static final ChainBuilder CLOSE_THE_TAB = leave("Close the tab");

    /** Leads: My actions, then the first action still waiting for this half-term's update: its form, an update. */
    static final ChainBuilder GIVE_AN_UPDATE = exec(navigate("My actions", "my-actions", ""))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
            .doIf(session -> tree(session).button("Give the ").isPresent()).then(
                    // Each card's form is built when its button is pressed, as a person opens the one they fill in.
                    exec(uidl("My actions: open the form", session -> UiTree.click(
                            tree(session).button("Give the ").orElseThrow())))
                    .exec(session -> {
                        UiTree tree = tree(session);
                        int button = tree.button("Save update for").orElseThrow();
                        var text = tree.fieldAfter(button, "vaadin-text-area",
                                "What was done, what difference it made, what next");
                        return text.isEmpty() ? session.markAsFailed()
                                : session.set("save", button).set("narrative", text.get());
                    })
                    .exitHereIfFailed()
                    .exec(uidl("My actions: type the update", session -> UiTree.type(session.getInt("narrative"),
                            "value", "Load test: the pilot reached two more schools this half-term; next, the "
                                    + "review with the forum.", "change")))
                    .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                    .exec(uidl("My actions: save the update", session -> UiTree.click(session.getInt("save"))))
                    .exec(session -> {
                        // The page says "Saved the update for …" or why not (another lead gave it first, say).
                        String answer = session.contains("answer") ? session.getString("answer") : "";
                        if (answer.contains("Saved the update for")) {
                            SAVED.incrementAndGet();
                        } else {
                            REFUSED.incrementAndGet();
                            var notice = java.util.regex.Pattern.compile(
                                    "\"key\":\"(?:text|errorMessage)\",\"feat\":\\d+,\"value\":\"([^\"]{10,200})\"")
                                    .matcher(answer);
                            if (notice.find()) {
                                REFUSALS.add(notice.group(1));
                            }
                        }
                        return session.remove("answer");
                    }))
            .pause(Duration.ofSeconds(10), Duration.ofSeconds(30));

    static ScenarioBuilder leads(Iterator<Map<String, Object>> feeder) {
        return scenario("Workstream leads").feed(feeder).exec(signIn())
                .repeat(3).on(GIVE_AN_UPDATE).exec(CLOSE_THE_TAB);
    }

    /** Board members: priorities, the action plan filtered to what is off track, the reports. */
    static ScenarioBuilder board(Iterator<Map<String, Object>> feeder) {
        return scenario("Board members").feed(feeder).exec(signIn())
                .repeat(2).on(exec(navigate("Priorities", "priorities", ""))
                        .pause(Duration.ofSeconds(8), Duration.ofSeconds(20))
                        .exec(navigate("Action plan, off track", "actions", "status=OFF_TRACK"))
                        .pause(Duration.ofSeconds(8), Duration.ofSeconds(20))
                        .exec(navigate("Reports", "reports", ""))
                        .pause(Duration.ofSeconds(8), Duration.ofSeconds(20)))
                .exec(CLOSE_THE_TAB);
    }

    /** Forum reps: the inbox, then an item logged in the dialog. */
    static ScenarioBuilder reps(Iterator<Map<String, Object>> feeder) {
        String said = "Load test: parents said the new letters are clearer, but still arrive late.";
        return scenario("Forum reps").feed(feeder).exec(signIn())
                .repeat(2).on(exec(navigate("Feedback inbox", "feedback/inbox", ""))
                        .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                        .doIf(session -> tree(session).button("Log feedback").isPresent()).then(
                                exec(uidl("Log feedback: open the form", session -> UiTree.click(
                                        tree(session).button("Log feedback").orElseThrow())))
                                .exec(session -> {
                                    UiTree tree = tree(session);
                                    var who = tree.field("vaadin-combo-box", "Who said it");
                                    var where = tree.field("vaadin-combo-box", "Where it was said");
                                    var on = tree.field("vaadin-date-picker", "Said on");
                                    var what = tree.field("vaadin-text-area",
                                            "What was said (in words agreed with the forum)");
                                    if (who.isEmpty() || where.isEmpty() || on.isEmpty() || what.isEmpty()) {
                                        return session.markAsFailed();
                                    }
                                    return session.set("who", who.get()).set("where", where.get())
                                            .set("on", on.get()).set("what", what.get());
                                })
                                .exitHereIfFailed()
                                .exec(uidl("Log feedback: type what was said", session -> UiTree.type(
                                        session.getInt("what"), "value", said, "change")))
                                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                                .exec(uidl("Log feedback: choose who and where", session -> UiTree.comboItems(
                                        session.getInt("who")) + "," + UiTree.comboItems(session.getInt("where"))))
                                .exec(uidl("Log feedback: fill in date, who, where", session -> UiTree.type(
                                        session.getInt("on"), "value", LocalDate.now().toString(), "change") + ","
                                        + UiTree.type(session.getInt("who"), "value", "1", "value-changed") + ","
                                        + UiTree.type(session.getInt("where"), "value", "1", "value-changed")))
                                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                                .exec(uidl("Log feedback: save", session -> UiTree.click(
                                        tree(session).button("Save feedback").orElseThrow()))))
                        .pause(Duration.ofSeconds(10), Duration.ofSeconds(25)))
                .exec(CLOSE_THE_TAB);
    }

    /** The public: "you said, we did" and its two feeds, signed out. */
    static final ScenarioBuilder PUBLIC = scenario("Public visitors")
            .exec(page("Public page", "you-said-we-did", ""))
            .pause(Duration.ofSeconds(10), Duration.ofSeconds(30))
            .exec(CLOSE_THE_TAB)
            .exec(http("Public feed: JSON").get("/public/you-said-we-did.json").check(status().is(200)))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(http("Public feed: Atom").get("/public/you-said-we-did.atom").check(status().is(200)))
            .pause(Duration.ofSeconds(10), Duration.ofSeconds(30));

    {
        int leads = PEOPLE * 30 / 100;
        int board = PEOPLE * 20 / 100;
        int reps = PEOPLE * 15 / 100;
        int visitors = PEOPLE - leads - board - reps;
        setUp(leads(cycle(tandem.people.leads())).injectClosed(ramp(leads)),
                board(cycle(tandem.people.boardMembers())).injectClosed(ramp(board)),
                reps(cycle(tandem.people.forumReps())).injectClosed(ramp(reps)),
                PUBLIC.injectClosed(ramp(visitors)))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    private static io.gatling.javaapi.core.ClosedInjectionStep[] ramp(int people) {
        return new io.gatling.javaapi.core.ClosedInjectionStep[] {
                rampConcurrentUsers(0).to(people).during(RAMP), constantConcurrentUsers(people).during(HOLD)};
    }

    @Override
    public void before() {
        System.out.printf("Load test on %s: %d people (ramp %s, hold %s); Tandem pid %d%n", tandem.baseUrl, PEOPLE,
                RAMP, HOLD, tandem.pid());
        tandem.sample();
    }

    @Override
    public void after() {
        System.out.printf("Updates the page confirmed as saved: %d; refused with a notice: %d %s%n", SAVED.get(),
                REFUSED.get(), REFUSALS.stream().limit(3).toList());
        tandem.close();
    }
}
