package app.recoverydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Valid incident bodies for a demo user, with the user's own location and category (read through the API). */
public final class Drafts {

    private Drafts() {
    }

    public static long firstId(String user, String path) {
        return firstIdWith(Keycloak.token(user), path);
    }

    private static long firstIdWith(String token, String path) {
        Api.Answer answer = Api.get(path, token);
        if (answer.status() != 200) {
            throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
        }
        return Json.createReader(new java.io.StringReader(answer.body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    public static JsonObjectBuilder incident(String user, String whatHappened) {
        return incidentWith(Keycloak.token(user), whatHappened);
    }

    public static JsonObjectBuilder incidentWith(String token, String whatHappened) {
        return Json.createObjectBuilder()
                .add("locationId", firstIdWith(token, "/locations"))
                .add("categoryId", firstIdWith(token, "/categories"))
                .add("occurredAt", Instant.now().minus(10, ChronoUnit.MINUTES).toString())
                .add("whatHappened", whatHappened)
                .add("severity", "HIGH")
                .add("rootCause", "PROCESS");
    }

    /** Logs an incident and answers its id; fails the test if that is refused. */
    public static long log(String user, JsonObjectBuilder body) {
        Api.Answer created = Api.post("/incidents", Keycloak.token(user), body.build());
        if (created.status() != 201) {
            throw new AssertionError("logging failed with " + created.status() + ": " + created.body());
        }
        return created.json().getJsonNumber("id").longValue();
    }
}
