package org.tandem.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a browser's Flow client knows of one UI, kept from the UIDL responses as they come: each state node's tag,
 * text, properties and children, and the sync and client ids to send back. Enough to find "the button that says
 * Save update for…" or "the text area labelled…" as a person would, by what it shows rather than by node number.
 */
final class UiTree {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Feature numbers of Flow's state tree (NodeFeatures). */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int TEXT_NODE = 7;

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> properties = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    /** Grids and combo boxes that received rows and wait for the client's "confirmUpdate": node, update id. */
    private final List<int[]> confirms = new ArrayList<>();
    private int promises;
    final String csrfToken;
    final int uiId;
    int syncId;
    int clientId;

    UiTree(String csrfToken, int uiId, int syncId, int clientId) {
        this.csrfToken = csrfToken;
        this.uiId = uiId;
        this.syncId = syncId;
        this.clientId = clientId;
    }

    /** From the init response's JSON (GET ?v-r=init). */
    static UiTree fromInit(String body) {
        JsonNode config = read(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        UiTree tree = new UiTree(uidl.path("Vaadin-Security-Key").asText(), config.path("v-uiId").asInt(),
                uidl.path("syncId").asInt(), uidl.path("clientId").asInt());
        tree.apply(uidl);
        return tree;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        } catch (Exception e) {
            throw new IllegalStateException("Not UIDL: " + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    /** Takes in a UIDL response (POST ?v-r=uidl). */
    void apply(String body) {
        apply(read(body));
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode call : uidl.path("execute")) {
            // [{"@v-node": 17}, 0, "return $0.$connector.confirm($1)"]: the connector has taken the rows in.
            if (call.isArray() && call.size() >= 3 && call.get(call.size() - 1).asText().contains("$connector.confirm(")
                    && call.get(0).has("@v-node")) {
                confirms.add(new int[] {call.get(0).get("@v-node").asInt(), call.get(1).asInt()});
            }
        }
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "detach" -> {
                    tags.remove(node);
                    texts.remove(node);
                    properties.remove(node);
                    children.remove(node);
                }
                case "put" -> {
                    String key = change.path("key").asText();
                    if (feature == ELEMENT_DATA && key.equals("tag")) {
                        tags.put(node, change.path("value").asText());
                    } else if (feature == TEXT_NODE) {
                        texts.put(node, change.path("value").asText());
                    } else if (feature == ELEMENT_PROPERTIES) {
                        properties.computeIfAbsent(node, n -> new HashMap<>()).put(key, change.path("value"));
                    }
                }
                case "splice" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                        int index = Math.min(change.path("index").asInt(), list.size());
                        int remove = change.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < list.size(); i++) {
                            list.remove(index);
                        }
                        List<Integer> added = new ArrayList<>();
                        change.path("addNodes").forEach(id -> added.add(id.asInt()));
                        list.addAll(index, added);
                    }
                }
                case "clear" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        children.remove(node);
                    }
                }
                default -> {
                }
            }
        }
    }

    String text(int node) {
        StringBuilder text = new StringBuilder(texts.getOrDefault(node, ""));
        for (int child : children.getOrDefault(node, List.of())) {
            text.append(text(child));
        }
        return text.toString();
    }

    Optional<Integer> find(String tag, Predicate<Integer> which) {
        return tags.entrySet().stream().filter(entry -> entry.getValue().equals(tag)).map(Map.Entry::getKey)
                .sorted().filter(which).findFirst();
    }

    Optional<Integer> button(String textStartingWith) {
        return find("vaadin-button", node -> text(node).startsWith(textStartingWith));
    }

    /** The first {@code tag} labelled {@code label} after {@code node}: the field of the form that node heads. */
    Optional<Integer> fieldAfter(int node, String tag, String label) {
        return find(tag, other -> other > node && label.equals(label(other)));
    }

    private String label(int node) {
        JsonNode value = properties.getOrDefault(node, Map.of()).get("label");
        return value == null ? null : value.asText();
    }

    Optional<Integer> field(String tag, String label) {
        return find(tag, node -> {
            JsonNode value = properties.getOrDefault(node, Map.of()).get("label");
            return value != null && value.asText().equals(label);
        });
    }

    /** The RPC message a browser sends: token, invocations, and the ids it has seen. */
    String message(String rpc) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
    }

    /** What the browser sends (as a beacon) when the page is left: the server closes the UI at once. */
    String unload() {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"UNLOAD\":true}";
    }

    static String navigate(String route, String query) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + quote("/" + route)
                + ",\"query\":" + quote(query) + ",\"appShellTitle\":\"Tandem\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}";
    }

    static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":20,"
                + "\"event.clientY\":20,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":20,"
                + "\"event.screenX\":20}}";
    }

    /** A typed value synchronised as the browser does: the property, then the component's own event. */
    static String type(int node, String property, String value, String event) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":" + quote(property)
                + ",\"value\":" + quote(value) + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":"
                + quote(event) + ",\"data\":{}}";
    }

    /** Whether a grid or combo box got rows the browser's connector would confirm in its next message. */
    boolean awaitsConfirmation() {
        return !confirms.isEmpty();
    }

    /**
     * What the browser sends straight after rows arrive: each grid's and combo box's connector calls
     * {@code $server.confirmUpdate(id)}, so that the server can let go of what it kept for them. (The server also
     * keeps its last response for a resend until the next message, which for a view with a grid is 60 KB.)
     */
    String confirmUpdates() {
        StringBuilder rpc = new StringBuilder();
        for (int[] confirm : confirms) {
            rpc.append(rpc.isEmpty() ? "" : ",").append("{\"type\":\"publishedEventHandler\",\"node\":")
                    .append(confirm[0]).append(",\"templateEventMethodName\":\"confirmUpdate\",")
                    .append("\"templateEventMethodArgs\":[").append(confirm[1]).append("],\"promise\":")
                    .append(promises++).append('}');
        }
        confirms.clear();
        return rpc.toString();
    }

    /** A combo box asks for its items before one can be chosen. */
    static String comboItems(int node) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":"
                + "\"setViewportRange\",\"templateEventMethodArgs\":[0,50,\"\"],\"promise\":0}";
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
