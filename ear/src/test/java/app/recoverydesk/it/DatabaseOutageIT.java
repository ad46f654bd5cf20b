package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away for a few seconds while staff keep logging incidents: they are told to try again (503
 * problem+json with Retry-After), never given a 500; every incident they were told was logged is there afterwards;
 * and the service answers again within 5 s of the database coming back. The test command puts a relay between the
 * application and the database that this test cuts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    /** Rent-a-Car's staff: the restaurant's report tests count its incidents, which this test adds by the hundred. */
    private static final String USER = "rental-frontline";
    private static final long OUTAGE_MILLIS = 4_000;

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anOutageAnswers503_losesNoAcknowledgedWrite_andEndsWithinFiveSecondsOfTheDatabase() throws Exception {
        Keycloak.token(USER);
        String batch = "Outage " + UUID.randomUUID();
        var body = Drafts.incident(USER, batch).build();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        AtomicLong backAt = new AtomicLong();
        AtomicLong firstSuccessAfterBack = new AtomicLong();
        // the staff keep logging until 8 s after the database is back, however long signing in the browser took
        long keepOnFor = 8_000;

        ExecutorService staff = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            staff.submit(() -> {
                while (backAt.get() == 0 || System.currentTimeMillis() < backAt.get() + keepOnFor) {
                    Api.Answer a = Api.post("/incidents", Keycloak.token(USER), body);
                    statuses.computeIfAbsent(a.status(), s -> new AtomicLong()).incrementAndGet();
                    if (a.status() == 201) {
                        acknowledged.add(Long.parseLong(a.location().substring(a.location().lastIndexOf('/') + 1)));
                        if (backAt.get() > 0) {
                            firstSuccessAfterBack.compareAndSet(0, System.currentTimeMillis());
                        }
                    } else {
                        refusals.add(a.status() + " " + a.contentType() + " " + a.body());
                    }
                    pause(20); // staff at a steady pace, not a load test
                }
                return null;
            });
        }
        Browser browser = new Browser(1280, 900);
        browser.signIn(USER);
        Thread.sleep(3_000);
        Database.relay("down");
        Thread.sleep(OUTAGE_MILLIS / 2);
        // a page opened during the outage: a short page saying to try again, not an error with a stack trace
        String page;
        try (browser) {
            browser.driver.get(Deployments.APP + "/incidents/list.xhtml");
            page = browser.driver.getPageSource();
        }
        Thread.sleep(OUTAGE_MILLIS / 2);
        // a page read during the outage: the API answers it too, as a 503, not as a 500
        var read = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Deployments.APP + "/api/v1/incidents?limit=5"))
                .header("Authorization", "Bearer " + Keycloak.token(USER)).header("Accept-Language", "pl").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Database.relay("up");
        backAt.set(System.currentTimeMillis());
        staff.shutdown();
        assertTrue(staff.awaitTermination(60, TimeUnit.SECONDS));

        Map<Integer, Long> seen = new TreeMap<>();
        statuses.forEach((status, n) -> seen.put(status, n.get()));
        System.out.println("Database outage of " + OUTAGE_MILLIS + " ms: answers by status " + seen);
        List<String> wrong = new ArrayList<>();
        refusals.stream().filter(r -> !(r.startsWith("503 application/problem+json"))).forEach(wrong::add);
        assertTrue(wrong.isEmpty(), "every refusal during the outage is a 503 problem: " + wrong.stream().limit(5).toList());
        assertTrue(seen.getOrDefault(503, 0L) > 0, "the outage was noticed: " + seen);
        assertTrue(page.contains("The service is briefly unavailable") && !page.contains("Exception"), page);
        assertEquals(503, read.statusCode(), read.body());
        assertEquals("5", read.headers().firstValue("Retry-After").orElse(null), "Retry-After");
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), read.body());
        assertTrue(read.body().contains("Usługa jest chwilowo niedostępna"), "in the caller's language: " + read.body());

        assertTrue(firstSuccessAfterBack.get() > 0, "the service came back: " + seen);
        long recovery = firstSuccessAfterBack.get() - backAt.get();
        System.out.println("First incident logged " + recovery + " ms after the database came back");
        assertTrue(recovery <= 5_000, "back within 5 s of the database, took " + recovery + " ms");

        // a write whose commit reached the database just as the line was cut may be stored yet answered 503:
        // the caller retries, so more may be stored than acknowledged, but never fewer
        Set<Long> stored = new java.util.HashSet<>();
        Database.query("SELECT id FROM incident WHERE what_happened = ?", batch)
                .forEach(row -> stored.add(((Number) row.get(0)).longValue()));
        assertTrue(stored.containsAll(acknowledged), "every acknowledged incident is stored: "
                + acknowledged.stream().filter(id -> !stored.contains(id)).toList() + " are missing");
        for (long id : acknowledged.stream().limit(20).toList()) {
            JsonObject one = Api.get("/incidents/" + id, Keycloak.token(USER)).json();
            assertEquals(batch, one.getJsonObject("incident").getString("whatHappened"));
        }
    }
}
