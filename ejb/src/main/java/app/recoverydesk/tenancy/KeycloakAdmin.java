package app.recoverydesk.tenancy;

import static app.recoverydesk.json.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Organizations and users in the Keycloak realm, through its admin REST API, as the application's own
 * service account (client {@code recovery-admin}). The realm URL comes from OIDC_PROVIDER_URL, the secret
 * from RECOVERY_ADMIN_CLIENT_SECRET.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** A user as the tenant administration shows them. */
    public record Member(String id, String username, String email, String firstName, String lastName, boolean enabled)
            implements Serializable {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String realmUrl = System.getenv().getOrDefault("OIDC_PROVIDER_URL", "http://localhost:8180/realms/recovery");
    private final String adminUrl = realmUrl.replaceFirst("/realms/", "/admin/realms/");

    /** A service-account token and when to ask for a new one. */
    private record ServiceToken(String value, long renewAtNanos) {
    }

    private volatile ServiceToken token;

    /**
     * How long a list of members or role holders is answered from memory: pages ask for them on every view (the
     * staff pickers of the case page), which made each view wait for the identity provider. Every change made
     * through this class forgets them at once; a change made elsewhere (the admin console, another node) shows
     * within this time.
     */
    static final Duration LISTS_FRESH_FOR = Duration.ofSeconds(30);

    /** A list read from the provider, and until when it is answered from memory. */
    private record Kept(Object value, long freshUntilNanos) {
    }

    private final Map<String, Kept> lists = new ConcurrentHashMap<>();

    public String createOrganization(String name, String alias) {
        return idFromLocation(send("POST", "/organizations", JSON.createObjectBuilder()
                .add("name", name).add("alias", alias).add("enabled", true).build()));
    }

    public void deleteOrganization(String organizationId) {
        send("DELETE", "/organizations/" + organizationId, null);
    }

    /** A new user whose sign-in pages, from the password step on, are in {@code language} (their business's). */
    public String createUser(String username, String email, String firstName, String lastName, String temporaryPassword,
                             Locale language) {
        return idFromLocation(send("POST", "/users", JSON.createObjectBuilder()
                .add("username", username).add("email", email).add("firstName", firstName).add("lastName", lastName)
                .add("enabled", true)
                .add("attributes", JSON.createObjectBuilder().add("locale", JSON.createArrayBuilder().add(signInLocale(language))))
                .add("credentials", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("type", "password").add("value", temporaryPassword).add("temporary", true)))
                .build()));
    }

    /** Keycloak's name of the language: it calls Norwegian Bokmål "no", as its own translation is named. */
    static String signInLocale(Locale language) {
        String code = language.getLanguage();
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }

    public void deleteUser(String userId) {
        send("DELETE", "/users/" + userId, null);
    }

    public void setEnabled(String userId, boolean enabled) {
        send("PUT", "/users/" + userId, JSON.createObjectBuilder().add("enabled", enabled).build());
    }

    public void addMember(String organizationId, String userId) {
        send("POST", "/organizations/" + organizationId + "/members", JSON.createValue(userId));
    }

    public void grantRealmRoles(String userId, Set<String> roles) {
        var body = JSON.createArrayBuilder();
        for (String role : roles) {
            body.add(read(send("GET", "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8), null)));
        }
        send("POST", "/users/" + userId + "/role-mappings/realm", body.build());
    }

    public void revokeRealmRoles(String userId, Set<String> roles) {
        var body = JSON.createArrayBuilder();
        for (String role : roles) {
            body.add(read(send("GET", "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8), null)));
        }
        send("DELETE", "/users/" + userId + "/role-mappings/realm", body.build());
    }

    /** Ends every session of the user: no new token from a refresh; an access token already given runs out. */
    public void signOut(String userId) {
        send("POST", "/users/" + userId + "/logout", null);
    }

    public List<String> realmRoles(String userId) {
        return ((JsonArray) read(send("GET", "/users/" + userId + "/role-mappings/realm", null))).stream()
                .map(r -> r.asJsonObject().getString("name")).toList();
    }

    /** The usernames (lower case) of every user of the realm holding a realm role, of whichever organization. */
    public Set<String> usernamesWithRealmRole(String role) {
        return keptFor("role " + role, () -> ((JsonArray) read(send("GET", "/roles/" + role + "/users?briefRepresentation=true&first=0&max=2000", null)))
                .stream().map(u -> u.asJsonObject().getString("username").toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public int memberCount(String organizationId) {
        return Integer.parseInt(send("GET", "/organizations/" + organizationId + "/members/count", null).body().strip());
    }

    public List<Member> members(String organizationId) {
        return keptFor("members " + organizationId, () -> ((JsonArray) read(send("GET", "/organizations/" + organizationId + "/members?max=500", null))).stream()
                .map(JsonValue::asJsonObject)
                .map(u -> new Member(u.getString("id"), u.getString("username"), u.getString("email", ""),
                        u.getString("firstName", ""), u.getString("lastName", ""), u.getBoolean("enabled", true)))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private <T> T keptFor(String key, Supplier<T> read) {
        long now = System.nanoTime();
        Kept k = lists.get(key);
        if (k == null || now - k.freshUntilNanos() > 0) {
            k = new Kept(read.get(), now + LISTS_FRESH_FOR.toNanos());
            lists.put(key, k);
        }
        return (T) k.value();
    }

    private HttpResponse<String> send(String method, String path, JsonValue body) {
        HttpResponse<String> response = call(request(method, path, body, serviceToken(false)));
        if (response.statusCode() == 401) { // a kept token the provider no longer takes (restarted, account changed)
            response = call(request(method, path, body, serviceToken(true)));
        }
        if (!method.equals("GET")) { // whatever it changed, no list read before it is answered again
            lists.clear();
        }
        if (response.statusCode() >= 300) {
            throw new IdentityProviderException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body(), response.statusCode());
        }
        return response;
    }

    private HttpRequest request(String method, String path, JsonValue body, String token) {
        return HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /**
     * The service account's token, kept until shortly before it runs out: a grant per call doubled the provider's
     * work behind every page that lists staff (the case page's promise owners). afresh: the kept one was refused.
     */
    private String serviceToken(boolean afresh) {
        ServiceToken kept = token;
        if (!afresh && kept != null && System.nanoTime() < kept.renewAtNanos()) {
            return kept.value();
        }
        long asked = System.nanoTime();
        JsonObject granted = grant();
        long lifetime = granted.getJsonNumber("expires_in").longValue();
        long keep = Math.max(0, lifetime - Math.max(30, lifetime / 5)); // renewed well before it expires
        token = new ServiceToken(granted.getString("access_token"), asked + Duration.ofSeconds(keep).toNanos());
        return token.value();
    }

    private JsonObject grant() {
        String form = "grant_type=client_credentials&client_id="
                + System.getenv().getOrDefault("RECOVERY_ADMIN_CLIENT_ID", "recovery-admin")
                + "&client_secret=" + URLEncoder.encode(
                System.getenv().getOrDefault("RECOVERY_ADMIN_CLIENT_SECRET", "recovery-admin-dev-secret"),
                StandardCharsets.UTF_8);
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IdentityProviderException("The identity provider refused the application's account", response.statusCode());
        }
        return (JsonObject) read(response);
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderException("The identity provider is not reachable: " + e.getMessage(), 503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("Interrupted", 503);
        }
    }

    private static JsonStructure read(HttpResponse<String> response) {
        return JSON.createReader(new StringReader(response.body())).read();
    }

    private static String idFromLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IdentityProviderException("No Location in the answer", 502));
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
