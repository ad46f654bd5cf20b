package app.recoverydesk.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver RESTEasy builds a new one for each body it reads
 * or writes — a service-loader scan of the deployment's jars that took a fifth of the CPU of logging an incident.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
