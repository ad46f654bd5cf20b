package app.recoverydesk.api;

import app.recoverydesk.privacy.CustomerFile;
import app.recoverydesk.privacy.PersonalData;
import app.recoverydesk.security.Roles;
import app.recoverydesk.web.customers.CustomerFileJson;
import app.recoverydesk.web.customers.CustomerFilePdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's personal data (tenant admins and managers): find them by name, e-mail or phone, export everything held
 * about them, erase it. Every export and erasure is in the audit log, without the data.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.MANAGER})
@Tag(name = "Personal data")
public class CustomerResource {

    /** A customer found, with their cases. */
    public record FoundJson(long id, String name, String contact, boolean consent, String language,
                            List<CaseJson> cases) {
    }

    /** One of their cases. */
    public record CaseJson(long id, Instant occurredAt, String status, String location) {
    }

    /** The confirmation of an erasure: {@code confirm} must be "ERASE". */
    public static class EraseRequest {
        @Size(max = 20)
        public String confirm;
    }

    /** What an erasure did. */
    public record ErasedJson(long id, boolean erased, int casesKept) {
    }

    @Inject
    private PersonalData personalData;

    @Inject
    private Validation validation;

    @GET
    @Operation(summary = "Find customers by name, e-mail or phone",
            description = "Case-insensitive and partial; a phone number matches by its digits however it is spaced. "
                    + "At most 50 customers, each with their cases newest first; nothing for an empty q. Erased "
                    + "customers are not found.")
    public List<FoundJson> find(@QueryParam("q") String q) {
        return personalData.find(q).stream().map(c -> new FoundJson(c.id(), c.name(), c.contact(), c.consent(),
                c.language(), c.cases().stream().map(k -> new CaseJson(k.id(), k.occurredAt(), k.status().name(),
                        k.location())).toList())).toList();
    }

    @GET
    @Path("{customerId}/export")
    @Operation(summary = "Everything held about one customer, as JSON",
            description = "The customer, and every case with its timeline, recoveries, promises, feedback and attachment "
                    + "names. Recorded in the audit log as customer.exported.")
    public Response export(@PathParam("customerId") long customerId) {
        JsonObject file = CustomerFileJson.of(personalData.export(customerId));
        return Response.ok(file, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"customer-" + customerId + ".json\"").build();
    }

    @GET
    @Path("{customerId}/export.pdf")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Everything held about one customer, as a PDF in the business's language",
            description = "The same content as the JSON export. Recorded in the audit log as customer.exported.")
    public Response exportPdf(@PathParam("customerId") long customerId) {
        CustomerFile file = personalData.export(customerId);
        return Response.ok(CustomerFilePdf.write(file), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"customer-" + customerId + ".pdf\"").build();
    }

    @POST
    @Path("{customerId}/erase")
    @Operation(summary = "Erase a customer's personal data, irreversibly",
            description = "Send {\"confirm\": \"ERASE\"}. The name, the contact, every free text of their cases, "
                    + "promises, recoveries and feedback, and their cases' attachments are removed; the cases stay "
                    + "with their dates, root causes, recoveries and amounts, so the reports do not change. Recorded "
                    + "in the audit log as customer.erased. The customer is not found afterwards.")
    public ErasedJson erase(@PathParam("customerId") long customerId, EraseRequest request) {
        EraseRequest body = request == null ? new EraseRequest() : validation.valid(request);
        int cases = personalData.erase(customerId, body.confirm);
        return new ErasedJson(customerId, true, cases);
    }
}
