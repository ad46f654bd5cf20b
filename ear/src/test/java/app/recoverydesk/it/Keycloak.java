package app.recoverydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Real bearer tokens from the realm the run and test commands start (direct grant via recovery-cli). */
public final class Keycloak {

    public static final String REALM = System.getenv().getOrDefault("OIDC_PROVIDER_URL", "http://localhost:8180/realms/recovery");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens live 15 minutes (the realm's accessTokenLifespan) and the suite runs longer: one is used for 10 at most. */
    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();
    private static final long REUSE_MILLIS = 10 * 60 * 1000;

    private record Issued(String token, long at) {
    }

    private Keycloak() {
    }

    /** Waits until the realm answers (the test command starts Keycloak while the build runs). */
    public static void awaitRealm() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak did not answer at " + REALM);
    }

    public static String token(String username) {
        return TOKENS.compute(username, (u, issued) -> issued != null && System.currentTimeMillis() - issued.at() < REUSE_MILLIS
                ? issued : new Issued(fetch(u, "demo"), System.currentTimeMillis())).token();
    }

    public static String freshToken(String username, String password) {
        return fetch(username, password);
    }

    /** A token of the application's own service account (recovery-admin), issued for Keycloak's admin API. */
    public static String serviceAccountToken() {
        String form = "grant_type=client_credentials&client_id=recovery-admin&client_secret="
                + System.getenv().getOrDefault("RECOVERY_ADMIN_CLIENT_SECRET", "recovery-admin-dev-secret");
        try {
            HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(t.body())).readObject().getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm's organization names, read with the application's service account. */
    public static java.util.List<String> organizationNames() {
        String token = serviceAccountToken();
        try {
            HttpResponse<String> orgs = HTTP.send(HttpRequest.newBuilder(URI.create(
                            REALM.replace("/realms/", "/admin/realms/") + "/organizations?max=1000"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(orgs.body())).readArray().stream()
                    .map(o -> o.asJsonObject().getString("name")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fetch(String username, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "recovery-cli",
                "username", username, "password", password, "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // Keycloak may still be starting when the first test runs (the test command starts it in parallel).
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
                    return json.getString("access_token");
                }
                if (response.statusCode() != 404 && response.statusCode() < 500) {
                    throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not answer at " + REALM);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
