package app.recoverydesk.bench;

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

/** A bearer token of one user (direct grant via recovery-cli), fetched again well before it expires. */
final class Tokens {

    private record Token(String value, long refreshAtNanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String realm;
    private final String username;
    private final String password;
    private volatile Token token;

    Tokens(String realm, String username, String password) {
        this.realm = realm;
        this.username = username;
        this.password = password;
    }

    String get() {
        Token t = token;
        if (t == null || System.nanoTime() > t.refreshAtNanos()) {
            t = refresh();
        }
        return t.value();
    }

    private synchronized Token refresh() {
        Token t = token;
        if (t != null && System.nanoTime() <= t.refreshAtNanos()) {
            return t; // another thread refreshed it meanwhile
        }
        String form = "grant_type=password&client_id=recovery-cli&scope=openid&username=" + encode(username)
                + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            long asked = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            long lifetime = json.getJsonNumber("expires_in").longValue(); // 900 s in the realm
            // refresh a minute early (or halfway, for short lifetimes) so no request carries an expired token
            long refreshIn = Math.max(lifetime / 2, lifetime - 60);
            token = new Token(json.getString("access_token"), asked + Duration.ofSeconds(refreshIn).toNanos());
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + realm, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
