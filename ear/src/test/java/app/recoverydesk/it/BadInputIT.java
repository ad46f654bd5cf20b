package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real input never breaks the API. Every write operation of the served OpenAPI document gets, field by field, the
 * wrong JSON type, no value, an empty one, a text past its limit, numbers past 64 bits, emoji, HTML and SQL; every
 * operation invalid JSON, bytes that are not UTF-8 and another content type; every query parameter a word, a
 * number past 64 bits, nothing and a megabyte. Never a 5xx; every refusal a problem+json, naming the field where
 * one field was at fault; and a refusal changed nothing of the tenant's. New operations are covered unedited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final String TWO_POW_63 = "9223372036854775808";
    private static final String TWO_POW_64_PLUS_2 = "18446744073709551618";
    private static final int MINIMUM_CASES = 2_000;
    private static final Set<String> TIMER_TABLES = Set.of("notification", "outbox_event", "outbound_mail",
            "webhook_delivery", "retention_run");
    private static final Set<String> TIMER_COLUMNS = Set.of("escalated_at", "overdue_notified_at");

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static final Map<String, JsonValue> VALID = new LinkedHashMap<>();
    private static JsonObject openApi;
    private static long tenantId;
    private static String stateQuery;
    /** The tenant's state as the last refused case left it; null once a case was accepted (it may have changed it). */
    private List<Object> knownState;
    private static JsonObject settingsBefore;

    private int cases;
    private int serverErrors;
    private final List<String> failures = new ArrayList<>();

    /** The restaurant's own records for every path parameter, and a valid value for every known field name. */
    @BeforeAll
    static void fixtures() {
        for (String user : List.of("bistro-manager", "bistro-frontline", "bistro-admin", "operator")) {
            TOKENS.put(user, Keycloak.freshToken(user, "demo")); // fresh: the walk outlives no token of 15 minutes
        }
        tenantId = DemoData.tenantId(DemoData.BISTRO);
        String manager = TOKENS.get("bistro-manager");
        String frontline = TOKENS.get("bistro-frontline");
        long locationId = Drafts.firstId("bistro-manager", "/locations");
        long categoryId = Drafts.firstId("bistro-manager", "/categories");
        long incidentId = Drafts.log("bistro-manager", Drafts.incidentWith(manager, "Bad input walk " + UUID.randomUUID()));
        // the walk's own option and staff member: its accepted cases change them, never the demo data others use
        Api.Answer option = Api.post("/recovery-options", manager, Json.createObjectBuilder()
                .add("name", "Walk voucher " + UUID.randomUUID()).add("type", "VOUCHER").add("monetary", true)
                .add("perIncident", "10.00").add("roles", Json.createArrayBuilder().add("frontline").add("manager")).build());
        assertEquals(201, option.status(), option.body());
        long optionId = option.json().getJsonNumber("id").longValue();
        Api.Answer recovery = Api.post("/incidents/" + incidentId + "/recoveries", frontline, Json.createObjectBuilder()
                .add("optionId", optionId).add("amount", "99999").add("reason", "Walk").build());
        assertEquals(201, recovery.status(), recovery.body());
        Api.Answer promise = Api.post("/incidents/" + incidentId + "/promises", manager, Json.createObjectBuilder()
                .add("what", "Call back").add("dueAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build());
        assertEquals(201, promise.status(), promise.body());
        Api.Answer initiative = Api.post("/initiatives", manager, Json.createObjectBuilder()
                .add("title", "Walk").add("problem", "Bad input").build());
        assertEquals(201, initiative.status(), initiative.body());
        long initiativeId = initiative.json().getJsonNumber("id").longValue();
        Api.Answer item = Api.post("/initiatives/" + initiativeId + "/items", manager, Json.createObjectBuilder()
                .add("kind", "POLICY").add("title", "Walk item").add("owner", "bistro-manager").add("dueDate", "2030-01-01")
                .build());
        assertEquals(200, item.status(), item.body());
        String walker = "walk-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer hired = Api.post("/admin/staff", TOKENS.get("bistro-admin"), Json.createObjectBuilder()
                .add("username", walker).add("email", walker + "@example.com").add("firstName", "Walk")
                .add("lastName", "Er").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, hired.status(), hired.body());
        String staffId = Api.get("/admin/staff", TOKENS.get("bistro-admin")).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("username").equals(walker)).findFirst().orElseThrow().getString("id");
        Api.Answer place = Api.post("/admin/locations", TOKENS.get("bistro-admin"), Json.createObjectBuilder()
                .add("name", "Walk place " + walker).build()); // edited by the walk, so not one the demo has
        assertEquals(201, place.status(), place.body());
        settingsBefore = Api.get("/admin/settings", TOKENS.get("bistro-admin")).json();
        Api.Answer webhook = Api.post("/admin/webhooks", TOKENS.get("bistro-admin"), Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/walk").add("events", Json.createArrayBuilder().add("case.closed")).build());
        assertEquals(201, webhook.status(), webhook.body());

        IDS.put("id", String.valueOf(incidentId));
        IDS.put("incidentId", String.valueOf(incidentId));
        IDS.put("recoveryId", String.valueOf(recovery.json().getJsonNumber("id").longValue()));
        IDS.put("promiseId", String.valueOf(promise.json().getJsonNumber("id").longValue()));
        IDS.put("optionId", String.valueOf(optionId));
        IDS.put("initiativeId", String.valueOf(initiativeId));
        IDS.put("itemId", String.valueOf(item.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()));
        IDS.put("userId", staffId);
        IDS.put("locationId", String.valueOf(place.json().getJsonNumber("id").longValue()));
        IDS.put("webhookId", String.valueOf(webhook.json().getJsonNumber("id").longValue()));
        IDS.put("day", LocalDate.now().minusDays(2).toString()); // a day that is over, for a location's volume

        // Values the business accepts, by field name; other fields get a value from their schema.
        VALID.put("locationId", Json.createValue(locationId));
        VALID.put("categoryId", Json.createValue(categoryId));
        VALID.put("optionId", Json.createValue(optionId));
        VALID.put("incidentIds", Json.createArrayBuilder().add(incidentId).build());
        VALID.put("locationIds", JsonValue.EMPTY_JSON_ARRAY);
        VALID.put("roles", Json.createArrayBuilder().add("frontline").build());
        VALID.put("severity", Json.createValue("HIGH"));
        VALID.put("rootCause", Json.createValue("PROCESS"));
        VALID.put("channel", Json.createValue("PHONE"));
        VALID.put("kind", Json.createValue("POLICY"));
        VALID.put("amount", Json.createValue("10.00"));
        VALID.put("perIncident", Json.createValue("10.00"));
        VALID.put("perDay", Json.createValue("5.00")); // an amount, like perIncident
        VALID.put("currency", Json.createValue("NOK"));
        VALID.put("country", Json.createValue("NO"));
        VALID.put("language", Json.createValue("nb"));
        VALID.put("customerLanguage", Json.createValue("nb"));
        VALID.put("timeZone", Json.createValue("Europe/Oslo"));
        VALID.put("businessType", Json.createValue("RESTAURANT"));
        VALID.put("email", Json.createValue("walk@example.com"));
        VALID.put("adminEmail", Json.createValue("walk-admin@example.com"));
        VALID.put("username", Json.createValue("bad-input-walk"));
        VALID.put("owner", Json.createValue("bistro-manager"));
        VALID.put("customerContact", Json.createValue("guest@example.com"));
        VALID.put("version", Json.createValue(0));
        VALID.put("url", Json.createValue("http://127.0.0.1:9/walk"));
        VALID.put("events", Json.createArrayBuilder().add("case.closed").build());
        VALID.put("secret", Json.createValue("walk-secret-" + "s".repeat(24)));
        VALID.put("targetDropPercent", Json.createValue(30));
        VALID.put("windowDays", Json.createValue(30));
        VALID.put("approvalTargetMinutes", Json.createValue(15));
        VALID.put("retentionMonths", Json.createValue(24));
        VALID.put("names", Json.createObjectBuilder().add("nb", "Walk").build());
        VALID.put("translations", Json.createObjectBuilder().add("nb", "Walk").build());
        // a move that checks the reason: closing a case with an open promise, abandoning an initiative
        VALID.put("/api/v1/incidents/{id}/status to", Json.createValue("CLOSED"));
        VALID.put("/api/v1/initiatives/{initiativeId}/transition to", Json.createValue("ABANDONED"));
        VALID.put("reason", Json.createValue("Walk reason"));
        VALID.put("dueAt", Json.createValue(Instant.now().plus(2, ChronoUnit.DAYS).toString()));

        openApi = Api.get("/openapi?format=JSON", null).json();
        stateQuery = stateQuery();
    }

    /** Accepted cases may have changed the restaurant's settings: they are put back for the tests after. */
    @AfterAll
    static void restoreSettings() {
        if (IDS.containsKey("locationId")) { // the walk's own location, offered to no later test
            Api.post("/admin/locations/" + IDS.get("locationId") + "/deactivate", TOKENS.get("bistro-admin"),
                    Json.createObjectBuilder().build());
        }
        if (settingsBefore != null) {
            Api.Answer restored = Api.put("/admin/settings", TOKENS.get("bistro-admin"), settingsBefore);
            assertEquals(200, restored.status(), restored.body());
        }
    }

    @Test
    void noInputBreaksTheApiOrChangesAnythingWhenRefused() {
        JsonObject paths = openApi.getJsonObject("paths");
        paths.forEach((template, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            String verb = method.toUpperCase();
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                return;
            }
            String path = PATH_PARAM.matcher(template).replaceAll(m -> Matcher.quoteReplacement(
                    IDS.getOrDefault(m.group(1), "1")));
            String token = TOKENS.get(template.startsWith("/api/v1/admin") || template.startsWith("/api/v1/audit") ? "bistro-admin"
                    : template.startsWith("/api/v1/operator") ? "operator" : "bistro-manager");
            JsonObject op = operation.asJsonObject();
            if (Set.of("POST", "PUT", "PATCH").contains(verb)) {
                walkBody(verb, template, path, token, op);
            }
            walkQuery(verb, template, path, token, op);
        }));
        System.out.printf("BadInputIT: %d cases, %d answered 5xx, %d failed%n", cases, serverErrors, failures.size());
        failures.stream().limit(60).forEach(f -> System.out.println("  " + f));
        assertEquals(0, serverErrors, "answers with 5xx: " + failures);
        assertTrue(failures.isEmpty(), failures.size() + " failed cases, first: "
                + failures.stream().limit(25).collect(Collectors.joining("\n")));
        assertTrue(cases >= MINIMUM_CASES, "only " + cases + " cases");
    }

    @Test
    void aNumberPast64BitsIsRefusedNamingTheFieldInsteadOfWrappingAround() {
        String manager = TOKENS.get("bistro-manager");
        long before = Database.count("select count(*) from incident where tenant_id = ?", tenantId);
        String draft = Drafts.incidentWith(manager, "Wrapped " + UUID.randomUUID()).build().toString();
        Api.Answer wrapped = Api.postRaw("/incidents", manager,
                draft.replaceFirst("\"locationId\":\\d+", "\"locationId\":" + TWO_POW_64_PLUS_2));
        assertEquals(400, wrapped.status(), wrapped.body());
        assertEquals(Set.of("locationId"), named(wrapped.body()));
        Api.Answer version = Api.put("/incidents/" + IDS.get("id"), manager, Json.createReader(new StringReader(
                draft.replaceFirst("\\}$", ",\"version\":18446744073709551617}"))).readObject());
        assertEquals(400, version.status(), version.body());
        assertEquals(Set.of("version"), named(version.body()));
        Api.Answer text = Api.postRaw("/incidents", manager, draft.replaceFirst("\"severity\":\"HIGH\"", "\"severity\":3"));
        assertEquals(Set.of("severity"), named(text.body()));
        assertEquals(before, Database.count("select count(*) from incident where tenant_id = ?", tenantId));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedInsteadOfStoredAsReplacementCharacters() {
        String what = "Broken bytes " + UUID.randomUUID();
        String json = Drafts.incidentWith(TOKENS.get("bistro-manager"), what).build().toString();
        int end = json.indexOf(what) + what.length();
        byte[] body = concat(bytes(json.substring(0, end)), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes(json.substring(end)));
        Api.Answer answer = Api.postBytes("/incidents", TOKENS.get("bistro-manager"), "application/json", body);
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Set.of("body"), named(answer.body()));
        assertEquals(0, Database.count("select count(*) from incident where what_happened like ?", "Broken bytes %"));
    }

    @Test
    void malformedQueryNumbersAre400NamingTheParameter() {
        String manager = TOKENS.get("bistro-manager");
        for (String query : List.of("limit=abc", "offset=abc", "locationId=abc", "categoryId=" + TWO_POW_64_PLUS_2)) {
            Api.Answer answer = Api.get("/incidents?" + query, manager);
            assertEquals(400, answer.status(), query + ": " + answer.body());
            assertEquals(Set.of(query.substring(0, query.indexOf('='))), named(answer.body()), query);
        }
        Api.Answer report = Api.get("/reports/compliance?location=abc", manager);
        assertEquals(400, report.status(), report.body());
        assertEquals(Set.of("location"), named(report.body()));
    }

    @Test
    void settingsWithOneInvalidFieldChangeNothing() {
        String admin = TOKENS.get("bistro-admin");
        JsonObject current = Api.get("/admin/settings", admin).json();
        int target = current.getInt("approvalTargetMinutes");
        Api.Answer answer = Api.put("/admin/settings", admin, Json.createObjectBuilder(current)
                .add("approvalTargetMinutes", target + 7).add("currency", "XYZQ").add("timeZone", "Mars/Olympus").build());
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Set.of("currency", "timeZone"), named(answer.body()));
        assertEquals(target, Api.get("/admin/settings", admin).json().getInt("approvalTargetMinutes"));
    }

    @Test
    void theOpenApiDocumentShowsTheSizeLimits() {
        JsonObject incident = resolve(openApi.getJsonObject("paths").getJsonObject("/api/v1/incidents").getJsonObject("post")
                .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema"));
        assertEquals(2000, resolve(incident.getJsonObject("properties").getJsonObject("whatHappened")).getInt("maxLength"));
    }

    // ---- bodies -------------------------------------------------------------------------------------------------

    private void walkBody(String verb, String template, String path, String token, JsonObject op) {
        JsonObject content = op.containsKey("requestBody")
                ? op.getJsonObject("requestBody").getJsonObject("content") : null;
        if (content == null || !content.containsKey("application/json")) {
            return; // no JSON body: nothing but the query parameters to walk
        }
        JsonObject schema = resolve(content.getJsonObject("application/json").getJsonObject("schema"));
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject base = baseBody(template, properties);
        String name = verb + " " + template;

        send(name + " invalid JSON", verb, path, token, "application/json", bytes("{\"" + first(properties) + "\": "),
                Set.of("body"), true);
        send(name + " not UTF-8", verb, path, token, "application/json", concat(bytes("{\"" + first(properties) + "\": \""),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, bytes("\"}")),
                Set.of("body"), true);
        send(name + " text/plain", verb, path, token, "text/plain", bytes(base.toString()), null, true);
        send(name + " XML", verb, path, token, "application/xml", bytes("<a/>"), null, true);
        send(name + " array body", verb, path, token, "application/json", bytes("[]"), Set.of("body"), true);

        properties.forEach((field, fieldSchema) -> {
            JsonObject s = resolve(fieldSchema.asJsonObject());
            Map<String, JsonValue> mutations = mutations(s);
            mutations.forEach((label, value) -> {
                JsonObjectBuilder body = Json.createObjectBuilder(base);
                if (value == null) {
                    body.remove(field);
                } else {
                    body.add(field, value);
                }
                boolean fault = !label.startsWith("ok:") && !type(s).isEmpty();
                send(name + " " + field + " " + label, verb, path, token, "application/json",
                        bytes(body.build().toString()), Set.of(field), fault);
            });
        });
    }

    /** A body of valid values (as far as known) that each case changes in one field. */
    private static JsonObject baseBody(String template, JsonObject properties) {
        JsonObjectBuilder base = Json.createObjectBuilder();
        properties.forEach((field, schema) -> {
            JsonObject s = resolve(schema.asJsonObject());
            JsonValue known = VALID.getOrDefault(template + " " + field, VALID.get(field));
            JsonValue v = known != null && fits(known, type(s)) ? known : example(s);
            if (v != null) {
                base.add(field, v);
            }
        });
        return base.build();
    }

    private static boolean fits(JsonValue value, String type) {
        return switch (type) {
            case "string" -> value instanceof JsonString;
            case "integer", "number" -> value instanceof jakarta.json.JsonNumber;
            case "array" -> value instanceof JsonArray;
            case "object" -> value instanceof JsonObject;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            default -> true;
        };
    }

    private static JsonValue example(JsonObject schema) {
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            return schema.getJsonArray("enum").stream().filter(v -> v.getValueType() != JsonValue.ValueType.NULL)
                    .findFirst().orElse(null);
        }
        String format = schema.getString("format", "");
        return switch (type(schema)) {
            case "string" -> switch (format) {
                case "date-time" -> Json.createValue(Instant.now().minus(10, ChronoUnit.MINUTES).toString());
                case "date" -> Json.createValue(LocalDate.now().plusDays(30).toString());
                default -> Json.createValue("Walk");
            };
            case "integer" -> Json.createValue(1);
            case "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            case "array" -> JsonValue.EMPTY_JSON_ARRAY;
            case "object" -> JsonValue.EMPTY_JSON_OBJECT;
            default -> null;
        };
    }

    /**
     * The bad values for a field by its schema, each with a label; null removes the field. Labels starting with
     * "ok:" are input that may well be acceptable (missing, empty, emoji…): a 2xx will do; the others must be refused.
     */
    private static Map<String, JsonValue> mutations(JsonObject schema) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        String type = type(schema);
        String format = schema.getString("format", "");
        if (!type.equals("string")) {
            m.put("wrong type: text", Json.createValue("abc"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            m.put("wrong type: number", Json.createValue(12345));
        }
        if (!type.equals("boolean")) {
            m.put("wrong type: boolean", JsonValue.TRUE);
        }
        if (!type.equals("object")) {
            m.put("wrong type: object", Json.createObjectBuilder().add("a", 1).build());
        }
        if (!type.equals("array")) {
            m.put("wrong type: array", Json.createArrayBuilder().add(1).build());
        }
        m.put("ok: missing", null);
        m.put("ok: null", JsonValue.NULL);
        switch (type) {
            case "string" -> {
                m.put("ok: empty", Json.createValue(""));
                m.put("ok: blank", Json.createValue("   "));
                if (schema.containsKey("maxLength")) {
                    int max = schema.getInt("maxLength");
                    m.put("maxLength+1", Json.createValue("y".repeat(max + 1)));
                    m.put("maxLength+1 emoji", Json.createValue("😀".repeat(max + 1)));
                    m.put("ok: maxLength emoji", Json.createValue("😀".repeat(max)));
                }
                m.put("100k", Json.createValue("z".repeat(100_000)));
                m.put("1 MB", Json.createValue(MEGABYTE));
                m.put("ok: emoji", Json.createValue("Suppe 🍲 kald ❄️ – ĄŻŚ ć đ ж"));
                m.put("ok: HTML", Json.createValue("<script>alert('x')</script><img src=x onerror=alert(1)>"));
                m.put("ok: SQL", Json.createValue("'; DROP TABLE incident; -- \" OR 1=1"));
                m.put("ok: control characters", Json.createValue("a\u0000b\u0007c\u202Ed"));
                if (format.equals("date-time") || format.equals("date")) {
                    m.put("not a time", Json.createValue("yesterday"));
                    m.put("month 13", Json.createValue("2026-13-45T25:61:00Z"));
                }
                if (schema.containsKey("enum")) {
                    m.put("unknown constant", Json.createValue("NO_SUCH_VALUE"));
                }
            }
            case "integer", "number" -> {
                m.put("2^63", Json.createValue(new java.math.BigDecimal(TWO_POW_63)));
                m.put("2^64+2", Json.createValue(new java.math.BigDecimal(TWO_POW_64_PLUS_2)));
                m.put("-2^64-2", Json.createValue(new java.math.BigDecimal("-" + TWO_POW_64_PLUS_2)));
                m.put("1e400", Json.createValue(new java.math.BigDecimal("1e400")));
                m.put("ok: -1", Json.createValue(-1));
                m.put("ok: 0", Json.createValue(0));
                if (type.equals("integer")) {
                    m.put("fraction", Json.createValue(new java.math.BigDecimal("1.5")));
                    if (format.equals("int32")) {
                        m.put("2^31", Json.createValue(2147483648L));
                    }
                }
            }
            case "array" -> {
                JsonObject items = schema.containsKey("items") ? resolve(schema.getJsonObject("items")) : JsonValue.EMPTY_JSON_OBJECT;
                m.put("ok: empty", JsonValue.EMPTY_JSON_ARRAY);
                String itemType = type(items);
                m.put("element of wrong type", itemType.equals("string")
                        ? Json.createArrayBuilder().add(Json.createObjectBuilder()).build()
                        : Json.createArrayBuilder().add("abc").build());
                if (itemType.equals("integer")) {
                    m.put("element 2^64+2", Json.createArrayBuilder().add(new java.math.BigDecimal(TWO_POW_64_PLUS_2)).build());
                    m.put("ok: element -1", Json.createArrayBuilder().add(-1).build());
                } else if (itemType.equals("string")) {
                    m.put("element 1 MB", Json.createArrayBuilder().add(MEGABYTE).build());
                    m.put("ok: element emoji", Json.createArrayBuilder().add("😀").build());
                }
            }
            case "object" -> {
                m.put("ok: empty", JsonValue.EMPTY_JSON_OBJECT);
                m.put("value of wrong type", Json.createObjectBuilder().add("nb", Json.createObjectBuilder()).build());
                m.put("value 1 MB", Json.createObjectBuilder().add("nb", MEGABYTE).build());
                m.put("value 5000", Json.createObjectBuilder().add("nb", "v".repeat(5000)).build());
                m.put("ok: unknown key", Json.createObjectBuilder().add("xx", "v").build());
            }
            default -> {
            }
        }
        return m;
    }

    // ---- query parameters -----------------------------------------------------------------------------------------

    private void walkQuery(String verb, String template, String path, String token, JsonObject op) {
        if (!op.containsKey("parameters")) {
            return;
        }
        boolean jsonBody = op.containsKey("requestBody")
                && op.getJsonObject("requestBody").getJsonObject("content").containsKey("application/json");
        for (JsonValue p : op.getJsonArray("parameters")) {
            JsonObject parameter = resolve(p.asJsonObject());
            if (!parameter.getString("in", "").equals("query")) {
                continue;
            }
            String name = parameter.getString("name");
            JsonObject schema = parameter.containsKey("schema") ? resolve(parameter.getJsonObject("schema"))
                    : JsonValue.EMPTY_JSON_OBJECT;
            boolean number = type(schema).equals("integer") || type(schema).equals("array") && schema.containsKey("items")
                    && type(resolve(schema.getJsonObject("items"))).equals("integer");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("abc", "abc");
            values.put("2^63", TWO_POW_63);
            values.put("2^64+2", TWO_POW_64_PLUS_2);
            values.put("fraction", "1.5");
            values.put("-1", "-1");
            values.put("ok: empty", "");
            values.put("1 MB", MEGABYTE);
            values.put("ok: SQL", "' OR 1=1 --");
            values.put("ok: emoji", "😀");
            values.forEach((label, value) -> {
                String url = path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                String contentType = jsonBody || !verb.equals("GET") ? "application/json" : null;
                byte[] body = verb.equals("GET") ? null : bytes(jsonBody ? "{}" : "");
                boolean fault = number && !label.startsWith("ok:") && !label.equals("-1");
                send(verb + " " + template + " ?" + name + " " + label, verb, url, token, contentType, body,
                        Set.of(name), fault);
            });
        }
    }

    // ---- one case ---------------------------------------------------------------------------------------------------

    /**
     * Sends one case and checks the answer: never a 5xx; a refusal is a problem, and a 400 names one of
     * {@code faulty} (where the case changed one field; null: not a field's fault); {@code mustRefuse}: the input is
     * wrong whatever the operation does with it (otherwise it may be acceptable, like emoji, and a 2xx will do).
     */
    private void send(String label, String verb, String path, String token, String contentType, byte[] body,
                      Set<String> faulty, boolean mustRefuse) {
        cases++;
        List<Object> before = knownState != null ? knownState : state();
        knownState = null;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.APP + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures.add(label + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = answer.statusCode();
        String shortBody = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
        if (status >= 500) {
            serverErrors++;
            failures.add(label + ": " + status + " " + shortBody);
            return;
        }
        if (status < 400) {
            if (mustRefuse) {
                failures.add(label + ": accepted with " + status + " " + shortBody);
            }
            return; // acceptable input, accepted: it may have changed things
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            failures.add(label + ": " + status + " as " + type + " " + shortBody);
        } else if (status == 400 && faulty != null) {
            Set<String> named = named(answer.body());
            if (named.stream().noneMatch(faulty::contains)) {
                failures.add(label + ": 400 names " + named + ", not " + faulty + ": " + shortBody);
            }
        }
        List<Object> after = state();
        knownState = after;
        if (!before.equals(after)) {
            failures.add(label + ": " + status + " but changed the tenant's data: " + difference(before, after));
        }
    }

    private static Set<String> named(String problem) {
        try {
            JsonObject json = Json.createReader(new StringReader(problem)).readObject();
            JsonArray params = json.containsKey("invalidParams") ? json.getJsonArray("invalidParams") : JsonValue.EMPTY_JSON_ARRAY;
            return params.stream().map(p -> p.asJsonObject().getString("name")).collect(Collectors.toCollection(TreeSet::new));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    // ---- the tenant's state ---------------------------------------------------------------------------------------

    /**
     * One select per table of the schema that belongs to tenants, sent as one query: its rows of the restaurant, counted and
     * check-summed over every column but binary content (so an update shows too); plus the platform's tenants.
     * Left out is what the timers write on their own: the outbox's hand-over marks, notifications and the marks
     * of an escalated request or a notified overdue promise.
     */
    private static String stateQuery() {
        List<List<Object>> columns = Database.query("select c.table_name, c.column_name, c.data_type from "
                + "information_schema.columns c where c.table_schema = database() and c.table_name in (select table_name "
                + "from information_schema.columns where table_schema = database() and column_name = 'tenant_id') "
                + "order by c.table_name, c.ordinal_position");
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (List<Object> c : columns) {
            String dataType = String.valueOf(c.get(2)).toLowerCase();
            String column = String.valueOf(c.get(1));
            if (dataType.contains("blob") || dataType.contains("binary") || TIMER_COLUMNS.contains(column)
                    || TIMER_TABLES.contains(String.valueOf(c.get(0)))) {
                continue;
            }
            byTable.computeIfAbsent(String.valueOf(c.get(0)), t -> new ArrayList<>()).add("`" + c.get(1) + "`");
        }
        List<String> queries = new ArrayList<>();
        byTable.forEach((table, cols) -> queries.add("select '" + table + "', count(*), coalesce(sum(crc32(concat_ws('|', "
                + String.join(", ", cols) + "))), 0) from `" + table + "` where tenant_id = " + tenantId));
        queries.add("select 'tenant', count(*), coalesce(sum(crc32(concat_ws('|', t.id, t.name, t.business_type, t.currency, "
                + "t.default_language, t.time_zone, t.status, t.restrict_to_locations, t.approval_target_minutes))), 0) "
                + "from tenant t");
        // one round trip for the whole state: it is read twice for each of some 2,000 cases
        return String.join(" union all ", queries);
    }

    private static List<Object> state() {
        return Database.query(stateQuery).stream().map(row -> (Object) row.toString()).toList();
    }

    private static String difference(List<Object> before, List<Object> after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(before.get(i) + " -> " + after.get(i));
            }
        }
        return String.join("; ", changed);
    }

    // ---- the OpenAPI document ---------------------------------------------------------------------------------------

    private static JsonObject resolve(JsonObject schema) {
        JsonObject s = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (s.containsKey("$ref")) {
                String ref = s.getString("$ref");
                JsonObject target = openApi;
                for (String part : ref.substring(2).split("/")) {
                    target = target.getJsonObject(part);
                }
                s = target;
            } else if (s.containsKey("allOf") && !s.containsKey("type") && !s.containsKey("properties")) {
                JsonObjectBuilder merged = Json.createObjectBuilder();
                s.getJsonArray("allOf").forEach(part -> resolve(part.asJsonObject()).forEach(merged::add));
                s.forEach((k, v) -> {
                    if (!k.equals("allOf")) {
                        merged.add(k, v);
                    }
                });
                s = merged.build();
            } else {
                return s;
            }
        }
        return s;
    }

    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString s) {
            return s.getString();
        }
        if (type instanceof JsonArray a) {
            return a.stream().filter(v -> v instanceof JsonString s && !s.getString().equals("null"))
                    .map(v -> ((JsonString) v).getString()).findFirst().orElse("");
        }
        if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
            return "object";
        }
        if (schema.containsKey("enum")) {
            return "string";
        }
        return "";
    }

    private static String first(JsonObject properties) {
        return properties.isEmpty() ? "a" : properties.keySet().iterator().next();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
