package app.recoverydesk.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json.createReader()} and its siblings look the
 * provider up through the service loader on every call: 14 % of the server's CPU when logging an incident (the
 * request's body, the outbox event written and read back, each problem answer).
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
