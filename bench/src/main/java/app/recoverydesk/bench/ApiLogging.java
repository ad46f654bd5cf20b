package app.recoverydesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * One client logging incidents through the API as bistro-frontline; every call must answer 201. Or, as the
 * floor of that call, the same request without what happened: refused by validation (400) before the
 * application touches the database, so it costs only HTTP, the token check, JSON and validation.
 */
final class ApiLogging implements Load.Op {

    private final HttpClient http = client();
    private final URI uri;
    private final Tokens tokens;
    private final Db.TenantIds tenant;
    private final Random random;
    private final boolean refused;

    ApiLogging(String app, Tokens tokens, Db.TenantIds tenant, int worker, boolean refused) {
        this.uri = URI.create(app + "/api/v1/incidents");
        this.tokens = tokens;
        this.tenant = tenant;
        this.random = new Random(3000L + worker);
        this.refused = refused;
    }

    /** Each client its own HTTP/1.1 connection over loopback, as separate users would have. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public Load.Outcome call(long n) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("locationId", tenant.locations().get(random.nextInt(tenant.locations().size())))
                .add("occurredAt", Instant.now().minusSeconds(60 + random.nextInt(48 * 3600)).toString())
                .add("whatHappened", refused ? "" : Vocabulary.whatHappened(random))
                .add("severity", "HIGH")
                .add("rootCause", "PROCESS")
                .add("channel", "IN_PERSON");
        if (!tenant.categories().isEmpty()) {
            body.add("categoryId", tenant.categories().get(random.nextInt(tenant.categories().size())));
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + tokens.get())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
        return refused ? send(http, request, "refused", 400) : send(http, request, "create", 201);
    }

    /** Sends and classifies: the expected status is success, anything else an error with a short sample. */
    static Load.Outcome send(HttpClient http, HttpRequest request, String kind, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expected) {
                return Load.Outcome.ok(kind);
            }
            return Load.Outcome.failed(kind, "HTTP " + response.statusCode(), shorten(response.body()));
        } catch (IOException e) {
            return Load.Outcome.failed(kind, e.getClass().getSimpleName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Load.Outcome.failed(kind, "interrupted", null);
        }
    }

    static String shorten(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
