package app.recoverydesk.api;

import static app.recoverydesk.json.Jsons.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An RFC 9457 problem detail. Never carries a stack trace or another tenant's data. */
public final class Problem {

    public static final MediaType TYPE = new MediaType("application", "problem+json");

    private Problem() {
    }

    public static Response of(Response.StatusType status, String detail) {
        return of(status, detail, Map.of());
    }

    /** A problem naming the invalid fields, each with its message. */
    public static Response of(Response.StatusType status, String detail, Map<String, String> invalidFields) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (!invalidFields.isEmpty()) {
            var fields = JSON.createArrayBuilder();
            invalidFields.forEach((name, message) ->
                    fields.add(JSON.createObjectBuilder().add("name", name).add("reason", message)));
            body.add("invalidParams", fields);
        }
        return Response.status(status).type(TYPE).entity(body.build().toString()).build();
    }
}
