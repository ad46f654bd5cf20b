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

/** The realm as Keycloak's administrator sees it (the test command's bootstrap admin, from the environment). */
final class RealmAdmin {

    private static final String SERVER = Keycloak.REALM.substring(0, Keycloak.REALM.indexOf("/realms/"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RealmAdmin() {
    }

    static JsonObject get() {
        return Json.createReader(new StringReader(send(request("").GET()).body())).readObject();
    }

    /** Writes these realm settings over, as an administrator in the console would. */
    static void put(JsonObject settings) {
        send(request("").header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(settings.toString())));
    }

    static String userId(String username) {
        String users = send(request("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET()).body();
        return Json.createReader(new StringReader(users)).readArray().getJsonObject(0).getString("id");
    }

    /** Sets a user's password as an administrator; answers Keycloak's status (400 when the policy refuses it). */
    static int setPassword(String userId, String password) {
        try {
            return HTTP.send(request("/users/" + userId + "/reset-password").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("type", "password")
                            .add("value", password).add("temporary", false).build().toString())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's brute-force record of a user: {"disabled": true, "numFailures": …}. */
    static JsonObject bruteForce(String username) {
        String id = userId(username);
        return Json.createReader(new StringReader(send(request("/attack-detection/brute-force/users/" + id).GET()).body()))
                .readObject();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(SERVER + "/admin/realms/recovery" + path))
                .header("Authorization", "Bearer " + token());
    }

    private static String token() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", ""), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(SERVER + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
