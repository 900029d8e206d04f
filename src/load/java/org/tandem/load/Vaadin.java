package org.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Vaadin Flow's own protocol, as Chromium sends it (captured from a real page load of Tandem's sign-in page): the
 * bootstrap page, then {@code GET ?v-r=init&location=…} whose JSON carries the UI id and the CSRF token
 * (Vaadin-Security-Key), then {@code POST ?v-r=uidl&v-uiId=…} messages with {@code csrfToken}, {@code rpc},
 * {@code syncId} and {@code clientId}, the first of them the {@code ui-navigate} event that builds the view.
 * Each request's name says its step; its response time is one server round trip.
 */
final class Vaadin {

    /** What Flow's client reports about the browser in the init request (from the capture, trimmed). */
    private static final String BROWSER = "&v-sh=900&v-sw=1440&v-wh=800&v-ww=1440&v-bh=800&v-bw=1440"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false&v-wn=load";

    private Vaadin() {
    }

    static UiTree tree(Session session) {
        return (UiTree) session.get("tree");
    }

    /** Opens {@code route} as a new tab does: the page, the UI's init, the view. */
    static ChainBuilder page(String step, String route, String query) {
        String path = "/" + route + (query.isEmpty() ? "" : "?" + query);
        return exec(http(step + ": page").get(path).check(status().is(200)))
                .exec(http(step + ": init").get("/?v-r=init&location=" + encode(route) + "&query="
                        + encode(query) + BROWSER + "&v-curdate=" + System.currentTimeMillis())
                        .check(status().is(200), bodyString().saveAs("init")))
                .exec(session -> session.contains("init")
                        ? session.set("tree", UiTree.fromInit(session.getString("init"))).remove("init")
                        : session.markAsFailed())
                .exitHereIfFailed()
                .exec(uidl(step + ": view", session -> UiTree.navigate(route, query)));
    }

    /** Follows a link inside the application: one ui-navigate round trip on the open UI. */
    static ChainBuilder navigate(String step, String route, String query) {
        return uidl(step + ": view", session -> UiTree.navigate(route, query));
    }

    /**
     * One UIDL round trip; the response updates what the client knows. When it brought rows to a grid or a combo
     * box, the browser's connectors confirm them at once in one more message, as Chromium does; nobody waits for
     * that one, so it is silent like a beacon (checked, not in the percentiles).
     */
    static ChainBuilder uidl(String step, Function<Session, String> rpc) {
        return exec(roundTrip(step, rpc, false)).doIf(session -> tree(session).awaitsConfirmation())
                .then(exec(roundTrip("Browser: confirm rows received", session -> tree(session).confirmUpdates(),
                        true)));
    }

    private static ChainBuilder roundTrip(String step, Function<Session, String> rpc, boolean silent) {
        var request = http(step).post(session -> "/?v-r=uidl&v-uiId=" + tree(session).uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> tree(session).message(rpc.apply(session))))
                // A redirect (to the sign-in page, for a session the node does not know) is a failure, as it
                // is for the browser's client, which expects UIDL.
                .disableFollowRedirect()
                .check(status().is(200), header("Content-Type").transform(type -> type.contains("json")).is(true),
                        // Flow answers an ended session or a server error with these, still as 200
                        regex("\"(sessionExpired|appError|Vaadin-Refresh)\"").notExists(),
                        bodyString().saveAs("uidl"));
        return exec(silent ? request.silent() : request)
                .exec(session -> {
                    if (!session.contains("uidl")) {
                        return session;
                    }
                    tree(session).apply(session.getString("uidl"));
                    // What the page answered to the person's own step (the confirmation keeps it).
                    return silent ? session.remove("uidl")
                            : session.set("answer", session.getString("uidl")).remove("uidl");
                });
    }

    /** The sign-in page, then Vaadin's login form posting to /login as a browser does, landing on home. */
    static ChainBuilder signIn() {
        return page("Sign in", "login", "")
                .exec(http("Sign in: submit").post("/login").formParam("username", "#{username}")
                        .formParam("password", LoadData.PASSWORD).disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(location -> !location.contains("error")).is(true)))
                .exitHereIfFailed()
                // Leaving the sign-in page, the browser tells the server that its UI is gone.
                .exec(leave("Sign in: leave the page"))
                .exec(page("Home", "", ""));
    }

    /**
     * Closing the tab (or leaving the page): the browser's unload beacon tells the server the UI is gone. Nobody
     * waits for a beacon, so it is silent: checked, but not counted among the round trips people wait for (the
     * percentiles), where hundreds of 2 ms requests would flatter the figures.
     */
    static ChainBuilder leave(String step) {
        return exec(http(step).post(session -> "/?v-r=uidl&v-uiId=" + tree(session).uiId)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> tree(session).unload())).check(status().is(200)).silent());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
