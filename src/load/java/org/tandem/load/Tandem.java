package org.tandem.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The Tandem the load test talks to: by default the production jar started here on a fresh tandem_load_*
 * database (with the JDK's AOT cache when src/load/scripts/aot-cache.sh has made one, and a JFR recording in
 * target/load/tandem.jfr); or one already running (tandem.load.base-url, e.g. HAProxy in front of two nodes).
 * While the load runs it samples each node's CPU, heap, sessions and UIs from Actuator every ten seconds.
 */
final class Tandem implements AutoCloseable {

    static final Path OUT = Path.of(System.getProperty("tandem.load.out", "target/load"));
    private static final int PORT = 18500;
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([-0-9.eE]+)");

    final String baseUrl;
    final LoadData.People people;
    private final List<String> nodes;
    private final Process process;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> samples = new ArrayList<>();

    private Tandem(String baseUrl, List<String> nodes, LoadData.People people, Process process) {
        this.baseUrl = baseUrl;
        this.nodes = nodes;
        this.people = people;
        this.process = process;
    }

    static Tandem start() {
        try {
            Files.createDirectories(OUT);
            String database = System.getProperty("tandem.load.database", "tandem_load_main");
            String external = System.getProperty("tandem.load.base-url", "");
            if (!external.isBlank()) {
                String nodes = System.getProperty("tandem.load.nodes", "");
                nodes = nodes.isBlank() ? external : nodes;
                return new Tandem(external, List.of(nodes.split(",")), people(database), null);
            }
            LoadData.People people = LoadData.create(database);
            Process process = launch(database);
            String url = "http://127.0.0.1:" + PORT;
            Tandem tandem = new Tandem(url, List.of(url), people, process);
            tandem.awaitUp(Duration.ofMinutes(3));
            return tandem;
        } catch (IOException | SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoadData.People people(String database) throws SQLException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                DriverManager.getConnection(LoadData.url(database), LoadData.user(), LoadData.password()), true);
        try {
            String admin = new JdbcTemplate(dataSource).queryForObject("""
                    select min(u.username) from user_account u join user_role r on r.user_id = u.id
                    where r.role = 'ADMIN'""", String.class);
            return LoadData.people(new JdbcTemplate(dataSource), admin);
        } finally {
            dataSource.destroy();
        }
    }

    private static Process launch(String database) throws IOException {
        Path fatJar = Path.of(System.getProperty("tandem.load.jar"));
        Path cache = Path.of("target/app/tandem.aot");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms512m", "-Xmx" + System.getProperty("tandem.load.heap", "1536m"),
                "-XX:StartFlightRecording=filename=" + OUT.resolve("tandem.jfr") + ",settings=profile"));
        // Further JVM options to compare, say a collector: -Dtandem.load.jvm="-XX:+UseZGC"
        command.addAll(List.of(System.getProperty("tandem.load.jvm", "").trim().split("\\s+")).stream()
                .filter(option -> !option.isEmpty()).toList());
        if (Files.exists(cache)) {
            try (var jars = Files.list(Path.of("target/app"))) {
                Path extracted = jars.filter(path -> path.getFileName().toString().matches("tandem-.*\\.jar"))
                        .findFirst().orElseThrow();
                command.addAll(List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString()));
            }
        } else {
            command.addAll(List.of("-jar", fatJar.toString()));
        }
        command.addAll(List.of("--spring.profiles.active=prod", "--server.port=" + PORT,
                // Gatling speaks plain HTTP here; a Secure cookie would never come back.
                "--server.servlet.session.cookie.secure=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("tandem.log").toFile());
        builder.environment().put("TANDEM_DB_URL", LoadData.url(database));
        builder.environment().put("TANDEM_DB_USER", LoadData.user());
        builder.environment().put("TANDEM_DB_PASSWORD", LoadData.password());
        builder.environment().put("TANDEM_NODE_NAME", "load");
        return builder.start();
    }

    private void awaitUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Tandem stopped at start; see " + OUT.resolve("tandem.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Tandem did not answer within " + timeout);
    }

    /** Samples every node's CPU, heap, sessions and UIs every ten seconds until {@link #close()}. */
    void sample() {
        samples.add("| time | node | process CPU | machine CPU | heap used MB | sessions | UIs | load average |");
        samples.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        sampler.scheduleAtFixedRate(() -> {
            for (String node : nodes) {
                try {
                    samples.add("| %s | %s | %.0f %% | %.0f %% | %.0f | %.0f | %.0f | %s |".formatted(
                            LocalTime.now().truncatedTo(ChronoUnit.SECONDS), node,
                            100 * metric(node, "process.cpu.usage"), 100 * metric(node, "system.cpu.usage"),
                            metric(node, "jvm.memory.used?tag=area:heap") / 1e6,
                            metric(node, "tandem.vaadin.sessions"), metric(node, "tandem.vaadin.uis"),
                            Files.readString(Path.of("/proc/loadavg")).substring(0, 14)));
                } catch (Exception e) {
                    samples.add("| %s | %s | unreachable: %s |".formatted(
                            LocalTime.now().truncatedTo(ChronoUnit.SECONDS), node, e.getClass().getSimpleName()));
                }
            }
        }, 0, 10, TimeUnit.SECONDS);
    }

    /** One signed-in admin session per node (a form sign-in, as a person), so that sampling costs no bcrypt. */
    private final java.util.Map<String, HttpClient> admins = new java.util.HashMap<>();

    private HttpClient admin(String node) throws IOException, InterruptedException {
        HttpClient client = admins.get(node);
        if (client == null) {
            client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String form = "username=" + people.admin() + "&password="
                    + java.net.URLEncoder.encode(LoadData.PASSWORD, StandardCharsets.UTF_8);
            client.send(HttpRequest.newBuilder(URI.create(node + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            admins.put(node, client);
        }
        return client;
    }

    private double metric(String node, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = admin(node).send(HttpRequest.newBuilder(URI.create(node
                + "/actuator/metrics/" + name)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            admins.remove(node);
        }
        Matcher value = VALUE.matcher(response.body());
        return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        String table = String.join("\n", samples);
        System.out.println(table);
        try {
            Files.writeString(OUT.resolve("samples.md"), table + "\n");
        } catch (IOException e) {
            System.err.println("Could not write the samples: " + e);
        }
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
