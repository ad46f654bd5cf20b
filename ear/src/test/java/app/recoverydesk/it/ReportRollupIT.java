package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.rollup.IncidentDays;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report's daily counts against the records themselves: after a random mix of logging, moving (location,
 * time, root cause, category), status changes, recoveries granted, exceptions decided, promises made (due on
 * either side of a midnight, owned or in the queue) and kept, broken, handed over or left open, customers' answers,
 * customers erased and a location's time zone changed — through the API and the customer's feedback page, at two
 * businesses, at locations in several time zones and near their midnights — every count of every daily rollup
 * (incidents by location and for the whole tenant, response and resolution times by day and by month,
 * recoveries, decision times, promises, feedback), each per location and for the whole tenant, equals a straight count or sum of the records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportRollupIT {

    private static final String[] CAUSES = {"EMPLOYEE", "PRODUCT", "PROCESS", "POLICY", "MARKETING",
        "CUSTOMER_EXPECTATION", "THIRD_PARTY"};

    private static final List<long[]> madeLocations = new ArrayList<>();

    /** The customer's browser, for the feedback page; opened at the first answer. */
    private static Browser customer;

    /** One business as the test acts in it. */
    private record Business(long tenantId, String manager, String admin, List<Long> locations, List<Long> categories,
                            List<ZoneId> zones, List<Long> incidents) {
    }

    @AfterAll
    static void putAwayWhatWasMade() {
        if (customer != null) {
            customer.close();
        }
        for (long[] made : madeLocations) {
            Api.post("/admin/locations/" + made[1] + "/deactivate", Keycloak.token(made[0] == 0 ? "bistro-admin" : "hotel-admin"),
                    Json.createObjectBuilder().build());
        }
    }

    @Test
    void theDailyCountsEqualTheIncidentsAfterARandomMixOfChanges() {
        long seed = Long.getLong("rollup.seed", System.nanoTime());
        System.out.println("ReportRollupIT seed: " + seed + " (-Drollup.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Business bistro = business(DemoData.BISTRO, "bistro", 0, suffix, "Asia/Kolkata", "Pacific/Chatham");
        Business hotel = business(DemoData.HOTEL, "hotel", 1, suffix, "America/Los_Angeles");
        List<Business> both = List.of(bistro, hotel);
        long option = monetaryOption();
        BigDecimal limit = perIncidentLimit(option);
        List<Long> pending = new ArrayList<>();
        List<Long> withCustomer = new ArrayList<>();
        List<long[]> openPromises = new ArrayList<>(); // business index, promise id

        for (int step = 0; step < 100; step++) {
            int index = random.nextInt(2);
            Business b = both.get(index);
            int what = random.nextInt(17);
            if (what < 4 || b.incidents().isEmpty()) {
                boolean customer = random.nextInt(3) == 0;
                JsonObjectBuilder body = body(b, random, "Rollup " + suffix + " " + step);
                if (customer) {
                    body.add("customerName", "Rollup " + suffix + " " + step).add("customerContact",
                            "rollup" + suffix + step + "@example.no").add("customerConsent", true);
                }
                long id = Drafts.log(b.manager(), body);
                b.incidents().add(id);
                if (customer && b == bistro) {
                    withCustomer.add(id);
                }
            } else if (what < 7) {
                move(b, random, pick(random, b.incidents()));
            } else if (what < 9 && b == bistro) {
                long incident = pick(random, b.incidents());
                boolean exception = random.nextBoolean();
                var grant = Json.createObjectBuilder().add("optionId", option)
                        .add("amount", exception ? limit.add(BigDecimal.ONE).toPlainString() : "1");
                // a reason always: a day's grants may pass the per-day limit, which makes even "1" an exception
                grant.add("reason", "Rollup exception " + step);
                Api.Answer granted = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token("bistro-frontline"), grant.build());
                assertEquals(201, granted.status(), granted.body());
                if (exception && "PENDING".equals(granted.json().getString("status", ""))) {
                    pending.add(granted.json().getJsonNumber("id").longValue());
                }
            } else if (what == 9 && !pending.isEmpty()) {
                long request = pending.remove(random.nextInt(pending.size()));
                var decision = Json.createObjectBuilder().add("approve", random.nextBoolean()).add("reason", "Rollup decided");
                Api.Answer decided = Api.post("/approvals/" + request + "/decision", Keycloak.token("bistro-manager"), decision.build());
                assertEquals(200, decided.status(), decided.body());
            } else if (what == 10 || what == 16) {
                // due near a midnight of the last days (kept now: late) or within the next hours (kept: on time)
                long incident = pick(random, b.incidents());
                Instant due = random.nextBoolean() ? nearMidnight(b, random)
                        : Instant.now().plus(1 + random.nextInt(30), ChronoUnit.HOURS);
                JsonObjectBuilder promise = Json.createObjectBuilder().add("what", "Call back " + step).add("dueAt", due.toString());
                String owner = owner(b, random);
                if (owner != null) {
                    promise.add("owner", owner);
                }
                Api.Answer promised = Api.post("/incidents/" + incident + "/promises", Keycloak.token(b.manager()), promise.build());
                assertEquals(201, promised.status(), promised.body());
                long id = promised.json().getJsonNumber("id").longValue();
                if (random.nextInt(3) == 0) {
                    openPromises.add(new long[] {index, id});
                } else {
                    settle(b, random, id);
                }
            } else if (what == 15 && !openPromises.isEmpty()) {
                long[] open = openPromises.remove(random.nextInt(openPromises.size()));
                Business of = both.get((int) open[0]);
                if (random.nextBoolean()) {
                    String owner = owner(of, random);
                    Api.Answer handed = Api.put("/promises/" + open[1] + "/owner", Keycloak.token(of.manager()),
                            owner == null ? Json.createObjectBuilder().build() : Json.createObjectBuilder().add("owner", owner).build());
                    assertEquals(200, handed.status(), handed.body());
                    openPromises.add(open);
                } else {
                    settle(of, random, open[1]);
                }
            } else if (what == 14) {
                b.incidents().add(answered(b, random, "Rollup answer " + suffix + " " + step));
            } else if (what == 11 && !withCustomer.isEmpty()) {
                long incident = withCustomer.remove(random.nextInt(withCustomer.size()));
                Object held = Database.query("select customer_id from incident where id = ?", incident).get(0).get(0);
                if (held == null) {
                    continue; // a move (a PUT of the whole case without its customer) took the customer off it
                }
                long customer = ((Number) held).longValue();
                Api.Answer erased = Api.post("/customers/" + customer + "/erase", Keycloak.token("bistro-admin"),
                        Json.createObjectBuilder().add("confirm", "ERASE").build());
                assertEquals(200, erased.status(), erased.body());
            } else if (what >= 12) {
                // responded, resolved, closed or reopened: the case's times are counted again
                long incident = pick(random, b.incidents());
                List<String> allowed = Api.get("/incidents/" + incident, Keycloak.token(b.manager())).json()
                        .getJsonArray("allowedStatuses").getValuesAs(jakarta.json.JsonString::getString);
                if (!allowed.isEmpty()) {
                    Api.Answer moved = Api.post("/incidents/" + incident + "/status", Keycloak.token(b.manager()),
                            Json.createObjectBuilder().add("to", pick(random, allowed)).build());
                    // resolving a case with a promise or an exception still open is refused (409): nothing changes
                    assertTrue(moved.status() == 200 || moved.status() == 409, moved.body());
                }
            }
            if (step == 30) {
                // a location's days move with its time zone: its incidents are counted again
                long location = bistro.locations().get(bistro.locations().size() - 1);
                Api.Answer moved = Api.put("/admin/locations/" + location, Keycloak.token("bistro-admin"), Json.createObjectBuilder()
                        .add("name", "Rollup far " + suffix).add("timeZone", "Pacific/Kiritimati").build());
                assertEquals(200, moved.status(), moved.body());
            }
        }

        assertEquals(expected(bistro.tenantId(), hotel.tenantId()), counted(bistro.tenantId(), hotel.tenantId()),
                "daily counts after seed " + seed);
        assertEquals(expectedMinutes(bistro.tenantId(), hotel.tenantId()), countedMinutes(bistro.tenantId(), hotel.tenantId()),
                "response and resolution times after seed " + seed);
        assertEquals(byMonth(expectedMinutes(bistro.tenantId(), hotel.tenantId())),
                countedMinutesByMonth(bistro.tenantId(), hotel.tenantId()),
                "response and resolution times by month after seed " + seed);
        CaseRollups.assertEqualToTheRecords(seed, bistro.tenantId(), hotel.tenantId());
    }

    /** Nobody (the location's queue), the business's frontline or its manager. */
    private static String owner(Business b, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> b.manager().replace("-manager", "-frontline");
            default -> b.manager();
        };
    }

    private static void settle(Business b, Random random, long promise) {
        Api.Answer settled = random.nextBoolean()
                ? Api.post("/promises/" + promise + "/kept", Keycloak.token(b.manager()), Json.createObjectBuilder().build())
                : Api.post("/promises/" + promise + "/cancel", Keycloak.token(b.manager()),
                Json.createObjectBuilder().add("reason", "Rollup broken").build());
        assertEquals(200, settled.status(), settled.body());
    }

    /**
     * A new case of a customer who agreed to be asked, resolved, and the customer's answer through the feedback link
     * (solved or not, satisfaction 1–5, recommendation 0–10 at random); answers the case.
     */
    private static long answered(Business b, Random random, String what) {
        JsonObjectBuilder body = body(b, random, what).add("customerName", what)
                .add("customerContact", "rollup-" + UUID.randomUUID() + "@example.no").add("customerConsent", true);
        long incident = Drafts.log(b.manager(), body);
        Api.Answer resolved = Api.post("/incidents/" + incident + "/status", Keycloak.token(b.manager()),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, resolved.status(), resolved.body());
        if (customer == null) {
            customer = new Browser(1280, 900);
        }
        customer.driver.get(resolved.json().getString("feedbackLink"));
        customer.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("feedback:send")));
        for (String[] answer : new String[][] {{"solved", String.valueOf(random.nextBoolean())},
            {"satisfaction", String.valueOf(1 + random.nextInt(5))}, {"recommend", String.valueOf(random.nextInt(11))}}) {
            customer.driver.findElement(org.openqa.selenium.By.cssSelector("input[name='feedback:" + answer[0]
                    + "'][value='" + answer[1] + "']")).click();
        }
        customer.driver.findElement(org.openqa.selenium.By.id("feedback:send")).click();
        customer.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("feedback-thanks")));
        return incident;
    }

    /** Each incident's response and resolution time in minutes, in its step, on its tenant's day. */
    private static Map<List<Object>, Long> expectedMinutes(long... tenants) {
        Map<List<Object>, Long> counts = new TreeMap<>(ReportRollupIT::compare);
        for (String[] kind : new String[][] {{"R", "responded_at"}, {"S", "resolved_at"}}) {
            for (List<Object> row : Database.query("select i.tenant_id, i.occurred_at, t.time_zone, timestampdiff(MINUTE,"
                    + " i.created_at, i." + kind[1] + ") from incident i join tenant t on t.id = i.tenant_id"
                    + " where i.tenant_id in (?, ?) and i." + kind[1] + " is not null", tenants[0], tenants[1])) {
                counts.merge(List.of(((Number) row.get(0)).longValue(), LocalDate.ofInstant(instant(row.get(1)),
                        ZoneId.of((String) row.get(2))), kind[0], IncidentDays.step(((Number) row.get(3)).longValue())),
                        1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<List<Object>, Long> countedMinutes(long... tenants) {
        Map<List<Object>, Long> counts = new TreeMap<>(ReportRollupIT::compare);
        for (List<Object> row : Database.query("select tenant_id, day, kind, minutes, incidents from incident_minutes_day"
                + " where tenant_id in (?, ?) and incidents <> 0", tenants[0], tenants[1])) {
            counts.put(List.of(((Number) row.get(0)).longValue(), day(row.get(1)), row.get(2),
                    ((Number) row.get(3)).longValue()), ((Number) row.get(4)).longValue());
        }
        return counts;
    }

    /** The same counts on the first day of their day's month. */
    private static Map<List<Object>, Long> byMonth(Map<List<Object>, Long> byDay) {
        Map<List<Object>, Long> counts = new TreeMap<>(ReportRollupIT::compare);
        byDay.forEach((k, n) -> counts.merge(List.of(k.get(0), ((LocalDate) k.get(1)).withDayOfMonth(1), k.get(2), k.get(3)),
                n, Long::sum));
        return counts;
    }

    private static Map<List<Object>, Long> countedMinutesByMonth(long... tenants) {
        Map<List<Object>, Long> counts = new TreeMap<>(ReportRollupIT::compare);
        for (List<Object> row : Database.query("select tenant_id, month, kind, minutes, incidents from incident_minutes_month"
                + " where tenant_id in (?, ?) and incidents <> 0", tenants[0], tenants[1])) {
            counts.put(List.of(((Number) row.get(0)).longValue(), day(row.get(1)), row.get(2),
                    ((Number) row.get(3)).longValue()), ((Number) row.get(4)).longValue());
        }
        return counts;
    }

    /** The business's first location and new ones in the given zones, its categories and its zones. */
    private static Business business(String name, String prefix, int index, String suffix, String... zones) {
        String admin = prefix + "-admin";
        List<Long> locations = new ArrayList<>(List.of(DemoData.firstLocationId(name)));
        List<ZoneId> allZones = new ArrayList<>();
        for (String zone : zones) {
            Api.Answer added = Api.post("/admin/locations", Keycloak.token(admin), Json.createObjectBuilder()
                    .add("name", "Rollup " + zone + " " + suffix).add("timeZone", zone).build());
            assertEquals(201, added.status(), added.body());
            long id = added.json().getJsonNumber("id").longValue();
            madeLocations.add(new long[] {index, id});
            locations.add(id);
            allZones.add(ZoneId.of(zone));
        }
        allZones.add(ZoneId.of((String) Database.query("select time_zone from tenant where id = ?",
                DemoData.tenantId(name)).get(0).get(0)));
        List<Long> categories = Api.get("/categories", Keycloak.token(prefix + "-manager")).jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        return new Business(DemoData.tenantId(name), prefix + "-manager", admin, locations, categories, allZones,
                new ArrayList<>());
    }

    /** An incident at a random location, near a midnight of one of the business's zones in the last days. */
    private static JsonObjectBuilder body(Business b, Random random, String what) {
        return Json.createObjectBuilder()
                .add("locationId", pick(random, b.locations()))
                .add("categoryId", pick(random, b.categories()))
                .add("occurredAt", nearMidnight(b, random).toString())
                .add("whatHappened", what)
                .add("severity", random.nextBoolean() ? "HIGH" : "LOW")
                .add("rootCause", CAUSES[random.nextInt(CAUSES.length)]);
    }

    private static Instant nearMidnight(Business b, Random random) {
        ZoneId zone = b.zones().get(random.nextInt(b.zones().size()));
        LocalDate day = LocalDate.now(zone).minusDays(1 + random.nextInt(8));
        return day.atStartOfDay(zone).toInstant().plus(random.nextInt(91) - 45, ChronoUnit.MINUTES);
    }

    /** Edits one to three of the incident's location, time, root cause and category. */
    private static void move(Business b, Random random, long id) {
        String token = Keycloak.token(b.manager());
        JsonObject read = Api.get("/incidents/" + id, token).json().getJsonObject("incident");
        JsonObjectBuilder body = body(b, random, read.getString("whatHappened"));
        JsonObject fresh = body.build();
        int keep = random.nextInt(4);
        JsonObjectBuilder edit = Json.createObjectBuilder()
                .add("locationId", keep == 0 ? fresh.get("locationId") : read.get("locationId"))
                .add("categoryId", keep == 1 || read.isNull("categoryId") ? fresh.get("categoryId") : read.get("categoryId"))
                .add("occurredAt", keep == 2 ? fresh.getString("occurredAt") : read.getString("occurredAt"))
                .add("whatHappened", read.getString("whatHappened"))
                .add("severity", read.getString("severity"))
                .add("rootCause", keep == 3 || random.nextBoolean() ? fresh.getString("rootCause") : read.getString("rootCause"))
                .add("version", read.getInt("version"));
        Api.Answer edited = Api.put("/incidents/" + id, token, edit.build());
        assertEquals(200, edited.status(), edited.body());
    }

    /** Straight from the incidents: each put into its tenant's and its location's day. */
    private static Map<List<Object>, Long> expected(long... tenants) {
        Map<List<Object>, Long> counts = new TreeMap<>(ReportRollupIT::compare);
        for (List<Object> row : Database.query("select i.tenant_id, i.location_id, i.occurred_at, i.root_cause,"
                + " t.time_zone, l.time_zone from incident i join tenant t on t.id = i.tenant_id"
                + " join location l on l.id = i.location_id where i.tenant_id in (?, ?)", tenants[0], tenants[1])) {
            Instant at = instant(row.get(2));
            counts.merge(List.of(((Number) row.get(0)).longValue(), LocalDate.ofInstant(at, ZoneId.of((String) row.get(4))),
                    ((Number) row.get(1)).longValue(), LocalDate.ofInstant(at, ZoneId.of((String) row.get(5))), row.get(3)),
                    1L, Long::sum);
        }
        return counts;
    }

    private static Map<List<Object>, Long> counted(long... tenants) {
        Map<List<Object>, Long> counts = new TreeMap<>(ReportRollupIT::compare);
        for (List<Object> row : Database.query("select tenant_id, day, location_id, location_day, root_cause, incidents"
                + " from incident_day where tenant_id in (?, ?) and incidents <> 0", tenants[0], tenants[1])) {
            counts.put(List.of(((Number) row.get(0)).longValue(), day(row.get(1)), ((Number) row.get(2)).longValue(),
                    day(row.get(3)), row.get(4)), ((Number) row.get(5)).longValue());
        }
        return counts;
    }

    private static int compare(List<Object> a, List<Object> b) {
        return a.toString().compareTo(b.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A monetary option the front line may grant within a per-incident limit today. */
    private static long monetaryOption() {
        return Api.get("/recovery-options", Keycloak.token("bistro-frontline")).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(ReportRollupIT::limitedMoney)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static BigDecimal perIncidentLimit(long option) {
        return Api.get("/recovery-options", Keycloak.token("bistro-frontline")).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("id").longValue() == option).findFirst()
                .map(o -> new BigDecimal(o.getJsonObject("policy").getJsonObject("perIncident").getString("amount")))
                .orElseThrow();
    }

    private static boolean limitedMoney(JsonObject o) {
        return o.getBoolean("monetary") && o.get("policy").getValueType() == JsonValue.ValueType.OBJECT
                && o.getJsonObject("policy").containsKey("perIncident")
                && o.getJsonObject("policy").get("perIncident").getValueType() == JsonValue.ValueType.OBJECT
                && o.getJsonObject("policy").getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString).contains("frontline")
                && activeToday(o.getJsonObject("policy"));
    }

    private static boolean activeToday(JsonObject policy) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        return (!policy.containsKey("activeFrom") || policy.isNull("activeFrom")
                        || !LocalDate.parse(policy.getString("activeFrom")).isAfter(today))
                && (!policy.containsKey("activeTo") || policy.isNull("activeTo")
                        || !LocalDate.parse(policy.getString("activeTo")).isBefore(today));
    }
}
