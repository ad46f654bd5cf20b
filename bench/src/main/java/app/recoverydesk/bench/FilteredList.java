package app.recoverydesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** One client paging through bistro-frontline's incidents with a rotating mix of filters, newest first. */
final class FilteredList implements Load.Op {

    /** One list request: its kind, its filter parameters, and what every item of the answer must satisfy. */
    record Query(String kind, String filter, Predicate<JsonObject> matches) {
        Query and(String name, Query other) {
            return new Query(name, filter + "&" + other.filter, matches.and(other.matches));
        }
    }

    private static final LocalDate TO = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TO.minusDays(90);

    /** The mix: each kind in turn; a full-text search every 20th request. */
    static final List<BiFunction<Random, Db.TenantIds, Query>> KINDS = List.of(
            (r, t) -> new Query("newest", "", i -> true),
            (r, t) -> status(),
            (r, t) -> rootCause(),
            (r, t) -> severity(),
            FilteredList::location,
            (r, t) -> dates(),
            (r, t) -> status().and("status+location", location(r, t)),
            (r, t) -> rootCause().and("rootCause+severity", severity()),
            (r, t) -> dates().and("dates+status", status()),
            (r, t) -> location(r, t).and("location+severity", severity()));

    private final HttpClient http = ApiLogging.client();
    private final String app;
    private final Tokens tokens;
    private final Db.TenantIds tenant;
    private final Random random;
    private final int worker;

    FilteredList(String app, Tokens tokens, Db.TenantIds tenant, int worker) {
        this.app = app;
        this.tokens = tokens;
        this.tenant = tenant;
        this.random = new Random(4000L + worker);
        this.worker = worker;
    }

    static Query status() {
        return new Query("status", "status=OPEN", i -> "OPEN".equals(i.getString("status", null)));
    }

    static Query rootCause() {
        return new Query("rootCause", "rootCause=PROCESS", i -> "PROCESS".equals(i.getString("rootCause", null)));
    }

    static Query severity() {
        return new Query("severity", "severity=HIGH", i -> "HIGH".equals(i.getString("severity", null)));
    }

    static Query location(Random r, Db.TenantIds t) {
        long id = t.locations().get(r.nextInt(t.locations().size()));
        return new Query("location", "locationId=" + id,
                i -> i.containsKey("locationId") && i.getJsonNumber("locationId").longValue() == id);
    }

    static Query dates() {
        // a day of slack on each side: the application may read the dates in the tenant's time zone
        Instant from = FROM.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = TO.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Query("dates", "from=" + FROM + "&to=" + TO,
                i -> !occurredAt(i).isBefore(from) && occurredAt(i).isBefore(to));
    }

    static Query search(Random r) {
        String word = Vocabulary.SEARCH_WORDS[r.nextInt(Vocabulary.SEARCH_WORDS.length)];
        return new Query("q", "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), i -> true);
    }

    Query next(long n) {
        long slot = n + worker; // workers start at different places of the rotation
        if (slot % 20 == 19) {
            return search(random);
        }
        long turn = slot / 20 * 19 + slot % 20; // counts only the other 19 of every 20, so each kind gets its share
        return KINDS.get((int) (turn % KINDS.size())).apply(random, tenant);
    }

    static URI uri(String app, Query q, int offset) {
        return URI.create(app + "/api/v1/incidents?" + (q.filter().isEmpty() ? "" : q.filter() + "&")
                + "sort=-occurredAt&limit=20&offset=" + offset);
    }

    static HttpRequest request(URI uri, Tokens tokens) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.get())
                .header("Accept", "application/json").GET().build();
    }

    @Override
    public Load.Outcome call(long n) {
        Query q = next(n);
        int offset = random.nextBoolean() ? 0 : 20 * (1 + random.nextInt(10));
        return ApiLogging.send(http, request(uri(app, q, offset), tokens), q.kind(), 200);
    }

    /**
     * Asks each kind once and checks the answer, so a filter the application ignores (a JAX-RS resource simply
     * does not see unknown parameters) shows up as such instead of as a fast, wrong figure.
     */
    static void probe(String app, Tokens tokens, Db.TenantIds tenant) {
        System.out.printf("%n== Filter check (one request per kind, as bistro-frontline)%n");
        HttpClient http = ApiLogging.client();
        Random r = new Random(5);
        long unfiltered = -1;
        for (int k = 0; k <= KINDS.size(); k++) {
            Query q = k < KINDS.size() ? KINDS.get(k).apply(r, tenant) : search(r);
            URI uri = uri(app, q, 0);
            String verdict;
            try {
                HttpResponse<String> response = http.send(request(uri, tokens), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    verdict = "HTTP " + response.statusCode() + ": " + ApiLogging.shorten(response.body());
                } else {
                    JsonObject page = Json.createReader(new StringReader(response.body())).readObject();
                    long total = page.getJsonNumber("total").longValue();
                    boolean exact = page.getBoolean("totalExact", true);
                    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
                    if (k == 0) {
                        unfiltered = total;
                    }
                    verdict = String.format("HTTP 200, total %,d%s, %d items", total, exact ? "" : "+ (counted up to"
                            + " the cap)", items.size()) + judge(q, items, exact ? total : -1, unfiltered, k == 0);
                }
            } catch (IOException | RuntimeException e) {
                verdict = "failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            System.out.printf("  %-20s %s%n    %s%n", q.kind(), uri.getRawQuery(), verdict);
        }
    }

    /** {@code total} is -1 where it was capped: the same capped total says nothing about the filter. */
    private static String judge(Query q, List<JsonObject> items, long total, long unfiltered, boolean baseline) {
        StringBuilder notes = new StringBuilder();
        if (items.stream().anyMatch(q.matches().negate())) {
            notes.append("; ITEMS DO NOT MATCH THE FILTER (not implemented?)");
        } else if (!baseline && total == unfiltered) {
            notes.append("; same total as unfiltered (filter ignored?)");
        }
        for (int i = 1; i < items.size(); i++) {
            if (occurredAt(items.get(i)).isAfter(occurredAt(items.get(i - 1)))) {
                notes.append("; NOT NEWEST FIRST");
                break;
            }
        }
        return notes.length() == 0 ? "; ok" : notes.toString();
    }

    private static Instant occurredAt(JsonObject item) {
        return Instant.parse(item.getString("occurredAt", "1970-01-01T00:00:00Z"));
    }
}
