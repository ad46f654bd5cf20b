import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm as code, kept in step with a running Keycloak without ever wiping its data.
 *
 * <pre>
 *   RealmSync import-file REALM.json DEMO.json OUT.json   the file Keycloak imports when the realm does not exist yet
 *   RealmSync sync REALM.json DEMO.json                   brings an existing realm up to the files
 * </pre>
 *
 * Keycloak's own import skips a realm that exists, so later changes to the realm file reach it by {@code sync}:
 * the realm's settings (security settings included) are written over, roles and client scopes that are missing are
 * added, clients are created or updated in place (keeping their ids, so sessions and service accounts survive)
 * with their missing protocol mappers. Users, organizations and their members are the business's data: only the
 * first import brings them. The demo file is used only with DEMO_DATA=true; without it, its clients are removed,
 * so a production realm never keeps the password-grant client. Runs on the Jackson that Keycloak ships with.
 * Admin credentials: KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (master realm).
 */
public class RealmSync {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_SETTINGS = Set.of("users", "clients", "organizations", "roles",
            "clientScopes", "groups", "components", "defaultDefaultClientScopes", "defaultOptionalClientScopes");
    /** ${NAME:default} as Keycloak's import reads it: from the environment, else the default. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");

    public static void main(String[] args) throws Exception {
        boolean demo = Boolean.parseBoolean(System.getenv().getOrDefault("DEMO_DATA", "false"));
        ObjectNode realm = read(Path.of(args[1]));
        ObjectNode extra = read(Path.of(args[2]));
        switch (args[0]) {
            case "import-file" -> {
                if (demo) {
                    merge(realm, extra);
                }
                Files.writeString(Path.of(args[3]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm));
            }
            case "sync" -> new RealmSync(realm.get("realm").asText()).sync(realm, extra, demo);
            default -> throw new IllegalArgumentException("import-file or sync");
        }
    }

    static ObjectNode read(Path file) throws Exception {
        Matcher m = PLACEHOLDER.matcher(Files.readString(file));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = System.getenv().getOrDefault(m.group(1), m.group(2));
            m.appendReplacement(text, Matcher.quoteReplacement(JSON.writeValueAsString(value).replaceAll("^\"|\"$", "")));
        }
        m.appendTail(text);
        ObjectNode node = (ObjectNode) JSON.readTree(text.toString());
        node.remove("_comment");
        return node;
    }

    static void merge(ObjectNode realm, ObjectNode extra) {
        extra.properties().forEach(e -> {
            if (realm.get(e.getKey()) instanceof ArrayNode list) {
                list.addAll((ArrayNode) e.getValue());
            } else {
                realm.set(e.getKey(), e.getValue());
            }
        });
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String admin;
    private String token;

    RealmSync(String realm) {
        String server = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
        this.admin = server + "/admin/realms/" + realm;
        this.base = server;
    }

    void sync(ObjectNode realm, ObjectNode extra, boolean demo) throws Exception {
        signIn();
        ObjectNode settings = realm.deepCopy();
        NOT_SETTINGS.forEach(settings::remove);
        send("PUT", "", settings);

        Set<String> roles = names(send("GET", "/roles", null), "name");
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (!roles.contains(role.get("name").asText())) {
                send("POST", "/roles", role);
            }
        }
        Set<String> scopes = names(send("GET", "/client-scopes", null), "name");
        for (JsonNode scope : realm.path("clientScopes")) {
            if (!scopes.contains(scope.get("name").asText())) {
                send("POST", "/client-scopes", scope);
            }
        }
        for (JsonNode client : realm.path("clients")) {
            upsertClient((ObjectNode) client);
        }
        for (JsonNode client : extra.path("clients")) {
            if (demo) {
                upsertClient((ObjectNode) client);
            } else {
                String id = clientId(client.get("clientId").asText());
                if (id != null) {
                    send("DELETE", "/clients/" + id, null);
                    System.out.println("removed demo client " + client.get("clientId").asText());
                }
            }
        }
        System.out.println("realm " + realm.get("realm").asText() + " is in step with its files");
    }

    private void upsertClient(ObjectNode client) throws Exception {
        String id = clientId(client.get("clientId").asText());
        if (id == null) {
            send("POST", "/clients", client);
            return;
        }
        ObjectNode update = client.deepCopy();
        update.remove("protocolMappers");
        send("PUT", "/clients/" + id, update);
        Set<String> mappers = names(send("GET", "/clients/" + id + "/protocol-mappers/models", null), "name");
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (!mappers.contains(mapper.get("name").asText())) {
                send("POST", "/clients/" + id + "/protocol-mappers/models", mapper);
            }
        }
    }

    private String clientId(String clientId) throws Exception {
        JsonNode found = send("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null);
        return found.isEmpty() ? null : found.get(0).get("id").asText();
    }

    private static Set<String> names(JsonNode list, String field) {
        Set<String> names = new HashSet<>();
        for (Iterator<JsonNode> i = list.elements(); i.hasNext(); ) {
            names.add(i.next().get(field).asText());
        }
        return names;
    }

    private void signIn() throws Exception {
        Map<String, String> env = System.getenv();
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(env.getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(env.getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", ""), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin sign-in refused (" + answer.statusCode()
                    + "): is KC_BOOTSTRAP_ADMIN_PASSWORD the one the server was first started with?");
        }
        token = JSON.readTree(answer.body()).get("access_token").asText();
    }

    private JsonNode send(String method, String path, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }
}
