package app.recoverydesk.api;

import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.NewTenant;
import app.recoverydesk.tenancy.Onboarded;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantAdministration;
import app.recoverydesk.tenancy.TenantOnboarding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform operator's view of tenants: create, suspend, reactivate, usage. Never a tenant's cases. */
@Path("operator/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform operation")
public class OperatorResource {

    public record TenantJson(long id, String name, String businessType, String country, String currency,
                             String language, String timeZone, String status, int users, long incidentsThisMonth) {
        static TenantJson of(Tenant t, int users, long incidents) {
            return new TenantJson(t.getId(), t.getName(), t.getBusinessType().name(), t.getCountry(),
                    t.getCurrency().getCurrencyCode(), t.getDefaultLanguage().toLanguageTag(), t.getTimeZone().getId(),
                    t.getStatus().name(), users, incidents);
        }
    }

    @Inject
    private TenantOnboarding onboarding;

    @Inject
    private TenantAdministration administration;

    @Inject
    private Validation validation;

    @GET
    @Operation(summary = "Tenants with their users and incidents this month")
    public List<TenantJson> list() {
        return administration.usage().stream()
                .map(u -> TenantJson.of(u.tenant(), u.users(), u.incidentsThisMonth())).toList();
    }

    @POST
    @Operation(summary = "Create a tenant and its first administrator",
            description = "Answers the administrator's username and one-time password (shown once).")
    public Response create(NewTenant request) {
        Onboarded admin = onboarding.onboard(validation.valid(request));
        return Response.status(Response.Status.CREATED).entity(admin).build();
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a tenant: its users can no longer sign in to the app or call the API; data is kept")
    public TenantJson suspend(@PathParam("id") long id) {
        return TenantJson.of(administration.suspend(id), -1, -1);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a suspended tenant")
    public TenantJson reactivate(@PathParam("id") long id) {
        return TenantJson.of(administration.reactivate(id), -1, -1);
    }
}
