package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The realm's defences as an attacker meets them: guessing locks the account, weak passwords are refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void twentyWrongPasswordsLockTheAccount() {
        Hire member = hire();
        assertEquals("Account is not fully set up", signIn(member.username, member.password),
                "the one-time password is right and only asks to be changed");
        assertFalse(RealmAdmin.bruteForce(member.username).getBoolean("disabled"));
        for (int i = 0; i < 20; i++) {
            assertEquals("Invalid user credentials", signIn(member.username, "guess-" + i));
        }
        assertTrue(RealmAdmin.bruteForce(member.username).getBoolean("disabled"), "the account is not locked");
        assertEquals("Invalid user credentials", signIn(member.username, member.password),
                "a locked account let the right password in");
    }

    @Test
    void passwordsShorterThanTwelveTheUsernameOrARecentOneAreRefused() {
        Hire member = hire();
        String id = RealmAdmin.userId(member.username);
        assertEquals(400, RealmAdmin.setPassword(id, "Short-pw1"), "an 9-character password was accepted");
        assertEquals(400, RealmAdmin.setPassword(id, member.username), "the username was accepted as password");
        assertEquals(204, RealmAdmin.setPassword(id, "First-long-password"));
        assertEquals(204, RealmAdmin.setPassword(id, "Second-long-password"));
        assertEquals(400, RealmAdmin.setPassword(id, "First-long-password"), "a recent password was accepted again");
    }

    @Test
    void theApiTakesOnlyTokensIssuedForIt() {
        assertEquals(200, Api.get("/incidents", Keycloak.token("bistro-frontline")).status());
        // a valid token of the same realm, issued to the application's admin account, not for the API
        String otherAudience = Keycloak.serviceAccountToken();
        assertEquals(401, Api.get("/incidents", otherAudience).status(), "a token for another audience was taken");
    }

    @Test
    void theProductionRealmHasNoPasswordGrantClientAndNoPeople() throws Exception {
        JsonObject realm = Json.createReader(new StringReader(Files.readString(
                Servers.ROOT.resolve("keycloak/src/main/realm/recovery-realm.json")))).readObject();
        for (JsonValue client : realm.getJsonArray("clients")) {
            assertFalse(client.asJsonObject().getBoolean("directAccessGrantsEnabled", false), client.toString());
        }
        for (JsonValue user : realm.getJsonArray("users")) {
            assertTrue(user.asJsonObject().containsKey("serviceAccountClientId"), user.toString());
        }
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertTrue(realm.getBoolean("eventsEnabled") && realm.getBoolean("adminEventsEnabled"));
    }

    private record Hire(String username, String password) {
    }

    private static Hire hire() {
        String username = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer hired = Api.post("/admin/staff", Keycloak.token("bistro-admin"), Json.createObjectBuilder()
                .add("username", username).add("email", username + "@bistro-nord.example").add("firstName", "Vakt")
                .add("lastName", "Hold").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, hired.status(), hired.body());
        return new Hire(username, hired.json().getString("temporaryPassword"));
    }

    /** A direct grant; answers Keycloak's error description (or "signed in"). */
    private static String signIn(String username, String password) {
        String form = "grant_type=password&client_id=recovery-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Keycloak.REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? "signed in"
                    : Json.createReader(new StringReader(answer.body())).readObject().getString("error_description");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
