package app.recoverydesk.api;

import app.recoverydesk.recovery.NewOption;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.recovery.RecoveryPolicy;
import app.recoverydesk.security.Roles;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of recovery options and their policy versions (managers change it). */
@Path("recovery-options")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recoveries")
public class RecoveryOptionResource {

    public record PolicyJson(long id, int version, Instant effectiveFrom, RecoveryJson.MoneyJson perIncident, Long perDay,
                             Set<String> roles, Set<Long> locationIds, LocalDate activeFrom, LocalDate activeTo) {
        static PolicyJson of(RecoveryPolicy p) {
            return new PolicyJson(p.getId(), p.getVersion(), p.getEffectiveFrom(), RecoveryJson.MoneyJson.of(p.getPerIncident()),
                    p.getPerDayLimit(), p.getRoles(), p.getLocationIds(), p.getActiveFrom(), p.getActiveTo());
        }
    }

    public record OptionJson(long id, String name, String type, boolean monetary, PolicyJson policy) {
        static OptionJson of(RecoveryCatalogue.Entry e) {
            return new OptionJson(e.option().getId(), e.option().getName(), e.option().getType().name(),
                    e.option().isMonetary(), PolicyJson.of(e.policy()));
        }
    }

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private Validation validation;

    @GET
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
    @Operation(summary = "The catalogue of recovery options with the policy version in force")
    public List<OptionJson> options() {
        return catalogue.entries().stream().map(OptionJson::of).toList();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Add a recovery option with its first policy version",
            description = "perIncident is a decimal amount in the tenant's currency; perDay is an amount of the currency "
                    + "per staff member and day for monetary options (answered in minor units), else a whole number of grants.")
    public Response createOption(NewOption request) {
        return Response.status(Response.Status.CREATED).entity(OptionJson.of(catalogue.create(validation.valid(request))))
                .build();
    }

    @POST
    @Path("{optionId}/policy")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "New limits for an option: a new policy version, in force from effectiveFrom (now if empty)")
    public OptionJson changeLimits(@PathParam("optionId") long optionId, NewOption limits) {
        return OptionJson.of(catalogue.changeLimits(optionId, validation.valid(limits)));
    }
}
