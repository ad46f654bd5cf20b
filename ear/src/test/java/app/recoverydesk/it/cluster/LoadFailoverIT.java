package app.recoverydesk.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.it.Database;
import app.recoverydesk.it.Drafts;
import app.recoverydesk.it.Keycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff keep logging through the balancer while a node crashes and comes back: every incident the API answered
 * 201 for is stored, requests fail only in the moments the balancer needs to notice the crash, and the node takes
 * its share again once it is back.
 */
class LoadFailoverIT {

    private static final int CLIENTS = 8;
    private static final String STAFF = "bistro-frontline";
    /** From the crash until the balancer has taken the node out (two failed checks a second apart) and some slack. */
    private static final Duration FAILOVER_WINDOW = Duration.ofSeconds(8);
    /** Each client's pause between two requests: staff at a busy counter, not a flood that starves the restart. */
    private static final long THINK_MILLIS = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Outcome(long at, int status, String node, Long id, String body) {
    }

    @BeforeAll
    static void cluster() {
        Cluster.start();
    }

    @Test
    void everyAnsweredIncidentIsStoredAndTheRestartedNodeServesAgain() throws Exception {
        String token = Keycloak.token(STAFF);
        String batch = "Lasttest " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject draft = Drafts.incidentWith(token, batch).build();
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        long hardStop = System.currentTimeMillis() + Duration.ofMinutes(4).toMillis();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int n = 0; System.currentTimeMillis() < Math.min(stopAt.get(), hardStop); n++) {
                    outcomes.add(log(token, draft, batch + " client " + client + " no " + n));
                    Thread.sleep(THINK_MILLIS);
                }
                return null;
            }));
        }
        Thread.sleep(5_000);
        String victim = "node2";
        long killedAt = System.currentTimeMillis();
        Cluster.kill("wildfly-" + victim);
        Thread.sleep(10_000);
        Cluster.restart("wildfly-" + victim);
        Cluster.awaitBalancerSees(victim);
        long backAt = System.currentTimeMillis();
        Thread.sleep(8_000);
        stopAt.set(System.currentTimeMillis());
        for (Future<?> client : clients) {
            client.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<Outcome> failed = outcomes.stream().filter(o -> o.status() != 201).toList();
        System.out.printf("LoadFailoverIT: %d requests, %d failed (all within %d s of the crash), node2 down %d s%n",
                outcomes.size(), failed.size(), FAILOVER_WINDOW.toSeconds(), (backAt - killedAt) / 1000);
        for (Outcome f : failed) {
            assertTrue(f.at() >= killedAt && f.at() <= killedAt + FAILOVER_WINDOW.toMillis(),
                    "a failure outside the failover window, " + (f.at() - killedAt) + " ms after the crash: "
                            + f.status() + " " + f.body());
        }
        Set<Long> answered = outcomes.stream().map(Outcome::id).filter(Objects::nonNull).collect(Collectors.toSet());
        assertTrue(answered.size() > 50, "incidents logged: " + answered.size());
        Set<Long> stored = Database.query("select id from incident where what_happened like ?", batch + " %").stream()
                .map(row -> ((Number) row.get(0)).longValue()).collect(Collectors.toSet());
        Set<Long> missing = new HashSet<>(answered);
        missing.removeAll(stored);
        assertEquals(Set.of(), missing, "incidents answered 201 but not stored");
        Map<String, Long> servedAfterRestart = new ConcurrentHashMap<>();
        outcomes.stream().filter(o -> o.at() > backAt && o.node() != null)
                .forEach(o -> servedAfterRestart.merge(o.node(), 1L, Long::sum));
        assertTrue(servedAfterRestart.getOrDefault(victim, 0L) > 0, "requests the restarted node served: " + servedAfterRestart);
    }

    private static Outcome log(String token, JsonObject draft, String what) {
        String body = Json.createObjectBuilder(draft).add("whatHappened", what).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Cluster.APP + "/api/v1/incidents"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Long id = response.statusCode() == 201
                    ? Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("id").longValue() : null;
            return new Outcome(System.currentTimeMillis(), response.statusCode(),
                    response.headers().firstValue(Cluster.NODE_HEADER).orElse(null), id, response.body());
        } catch (IOException e) {
            return new Outcome(System.currentTimeMillis(), 0, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
