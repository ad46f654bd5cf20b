package app.recoverydesk.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.recoverydesk.it.Api;
import app.recoverydesk.it.Browser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in keeps working when a Keycloak node crashes: a script's password grant, a token refreshed from a sign-in
 * made before the crash (the session lives on in the cluster), and a person signing in in the browser.
 */
class KeycloakFailoverIT {

    private static final String TOKENS = Cluster.KEYCLOAK + "/realms/recovery/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String VICTIM = "keycloak-kc1";
    private static boolean killed;

    @BeforeAll
    static void cluster() {
        Cluster.start();
    }

    @AfterAll
    static void restartTheKilledNode() {
        if (killed) {
            Cluster.restart(VICTIM);
        }
    }

    @Test
    void signInAndRefreshWorkAfterAKeycloakNodeCrashes() throws Exception {
        JsonObject before = grant(Map.of("grant_type", "password", "client_id", "recovery-cli",
                "username", "bistro-manager", "password", "demo", "scope", "openid"));

        Cluster.kill(VICTIM);
        killed = true;

        for (int i = 0; i < 4; i++) {   // the balancer alternates between the nodes: each would be tried
            JsonObject refreshed = grant(Map.of("grant_type", "refresh_token", "client_id", "recovery-cli",
                    "refresh_token", before.getString("refresh_token")));
            assertEquals(200, Api.get("/incidents?limit=1", refreshed.getString("access_token")).status(),
                    "the refreshed token is good for the API");
            before = refreshed;
            JsonObject fresh = grant(Map.of("grant_type", "password", "client_id", "recovery-cli",
                    "username", "bistro-frontline", "password", "demo", "scope", "openid"));
            assertFalse(fresh.getString("access_token").isEmpty());
        }
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("bistro-executive");   // lands in the application with the tenant's name shown
        }
    }

    private static JsonObject grant(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TOKENS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
