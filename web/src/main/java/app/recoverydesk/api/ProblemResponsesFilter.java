package app.recoverydesk.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, in one place for every operation, the application/problem+json answers the API gives
 * (see {@link ProblemMappers}), so that a new endpoint is documented without anyone remembering to.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMA = "Problem";
    private static final Map<String, String> ANSWERS = Map.of(
            "400", "Invalid input; invalidParams names each field",
            "401", "No or invalid bearer token (a browser session is not accepted)",
            "403", "The caller's role may not do this, or the business is suspended",
            "404", "No such record in the caller's business",
            "409", "A conflicting change: a stale version or a status move the lifecycle forbids");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                : OASFactory.createAPIResponses();
        ANSWERS.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(Problem.TYPE.toString(),
                                OASFactory.createMediaType().schema(
                                        OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)))));
            }
        });
        return operation.responses(responses);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema param = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("name", string).addProperty("reason", string);
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string).addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(param));
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problem);
    }
}
