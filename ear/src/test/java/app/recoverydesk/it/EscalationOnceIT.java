package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The escalation job under races, as on two nodes: several passes at once (run through the operator's API, beside
 * the job's own timer) over overdue requests and promises of three businesses escalate each request and tell each
 * promise exactly once, each in its own business; a request of another business that is not overdue is left alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EscalationOnceIT {

    private static final List<String> BUSINESSES = List.of("bistro", "hotel", "rental");
    private static final int PER_BUSINESS = 8;
    private static final int PASSES = 6;

    /** One overdue-to-be exception request with an unowned promise on its case: (incident, recovery, promise, tenant). */
    private record Item(long incident, long recovery, long promise, long tenant) {
    }

    private static long id(Api.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonNumber("id").longValue();
    }

    private static long option(String business) {
        return id(Api.post("/recovery-options", Keycloak.token(business + "-manager"), Json.createObjectBuilder()
                .add("name", "Voucher " + UUID.randomUUID()).add("type", "VOUCHER").add("monetary", true)
                .add("perIncident", "100").add("roles", Json.createArrayBuilder().add("frontline")).build()));
    }

    private static Item item(String business, long option) {
        String frontline = business + "-frontline";
        long incident = Drafts.log(frontline, Drafts.incident(frontline, "Twice-run job " + UUID.randomUUID()));
        Api.Answer grant = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token(frontline),
                Json.createObjectBuilder().add("optionId", option).add("amount", "250.00")
                        .add("reason", "a long wait").build());
        long recovery = id(grant);
        assertEquals("PENDING", grant.json().getString("status"), grant.body());
        long promise = id(Api.post("/incidents/" + incident + "/promises", Keycloak.token(frontline),
                Json.createObjectBuilder().add("what", "Call back " + UUID.randomUUID())
                        .add("dueAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()).build()));
        long tenant = Database.count("select tenant_id from recovery where id = ?", recovery);
        return new Item(incident, recovery, promise, tenant);
    }

    @Test
    void racingPassesEscalateAndNotifyEachItemOnceInItsOwnBusiness() throws Exception {
        List<Item> items = new ArrayList<>();
        for (String business : BUSINESSES) {
            long option = option(business);
            for (int i = 0; i < PER_BUSINESS; i++) {
                items.add(item(business, option));
            }
        }
        Item waiting = item("hotel", option("hotel")); // its target time is still ahead
        Database.update("update recovery set due_at = utc_timestamp(6) - interval 1 minute where id in ("
                + ids(items, Item::recovery) + ")");
        Database.update("update promise set due_at = utc_timestamp(6) - interval 1 minute where id in ("
                + ids(items, Item::promise) + ")");
        items.stream().mapToLong(Item::tenant).distinct().forEach(Database::recountIncidents);

        String operator = Keycloak.token("operator");
        ExecutorService threads = Executors.newFixedThreadPool(PASSES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Answer>> passes = new ArrayList<>();
        try {
            for (int i = 0; i < PASSES; i++) {
                passes.add(threads.submit(() -> {
                    start.await();
                    return Api.post("/operator/jobs/escalation/run", operator, Json.createObjectBuilder().build());
                }));
            }
            start.countDown();
            for (Future<Api.Answer> pass : passes) {
                Api.Answer answer = pass.get();
                assertEquals(200, answer.status(), answer.body());
                assertEquals("escalation", answer.json().getString("job"));
            }
        } finally {
            threads.shutdownNow();
        }

        for (Item item : items) {
            assertEquals(1, Database.count("select count(*) from recovery where id = ? and escalated_at is not null",
                    item.recovery()), "request " + item.recovery() + " not escalated");
            assertEquals(1, Database.count("select count(*) from promise where id = ? and overdue_notified_at is not null",
                    item.promise()), "promise " + item.promise() + " not told");
        }
        awaitNotices(items);
        Thread.sleep(16_000); // the job's own timer passes once more meanwhile
        for (Item item : items) {
            assertEquals(1, Database.count("select count(*) from outbox_event where type = 'recovery.escalated' "
                    + "and incident_id = ?", item.incident()), "escalations of request " + item.recovery());
            assertEquals(1, Database.count("select count(*) from outbox_event where type = 'promise.late' "
                    + "and incident_id = ?", item.incident()), "late events of promise " + item.promise());
            assertEquals(1, Database.count("select count(*) from notification where kind = 'APPROVAL_OVERDUE' "
                    + "and recovery_id = ? and tenant_id = ?", item.recovery(), item.tenant()),
                    "executives' notices of request " + item.recovery());
            assertEquals(1, Database.count("select count(*) from notification where kind = 'PROMISE_OVERDUE' "
                    + "and promise_id = ? and tenant_id = ?", item.promise(), item.tenant()),
                    "managers' notices of promise " + item.promise());
            assertEquals(0, Database.count("select count(*) from notification where (recovery_id = ? or promise_id = ?) "
                    + "and tenant_id <> ?", item.recovery(), item.promise(), item.tenant()),
                    "a notice in another business");
        }
        assertEquals(3, items.stream().mapToLong(Item::tenant).distinct().count(), "three businesses");
        assertEquals(0, Database.count("select count(*) from recovery where id = ? and escalated_at is not null",
                waiting.recovery()), "a request not yet overdue was escalated");
        assertEquals(0, Database.count("select count(*) from promise where id = ? and overdue_notified_at is not null",
                waiting.promise()), "a promise not yet due was told late");
    }

    @Test
    void theOperatorSeesEachJobsLastPassAndAnUnknownJobIsNotFound() {
        String operator = Keycloak.token("operator");
        assertEquals(200, Api.post("/operator/jobs/retention/run", operator, Json.createObjectBuilder().build()).status());
        var jobs = Api.get("/operator/jobs", operator).jsonArray().stream().map(v -> v.asJsonObject()).toList();
        assertTrue(jobs.stream().anyMatch(j -> j.getString("job").equals("retention") && !j.getString("node").isBlank()
                && j.getJsonNumber("durationMicros").longValue() >= 0), jobs.toString());
        assertEquals(404, Api.post("/operator/jobs/nothing/run", operator, Json.createObjectBuilder().build()).status());
        assertEquals(403, Api.get("/operator/jobs", Keycloak.token("bistro-admin")).status());
    }

    private static String ids(List<Item> items, java.util.function.ToLongFunction<Item> id) {
        return items.stream().map(i -> String.valueOf(id.applyAsLong(i))).collect(java.util.stream.Collectors.joining(","));
    }

    private static void awaitNotices(List<Item> items) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && items.stream().anyMatch(i -> Database.count(
                "select count(*) from notification where kind = 'APPROVAL_OVERDUE' and recovery_id = ?", i.recovery()) == 0
                || Database.count("select count(*) from notification where kind = 'PROMISE_OVERDUE' and promise_id = ?",
                i.promise()) == 0)) {
            Thread.sleep(500);
        }
    }
}
