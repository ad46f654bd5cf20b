package app.recoverydesk.api;

import app.recoverydesk.job.JobPass;
import app.recoverydesk.job.JobPasses;
import app.recoverydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform operator's view of the background jobs: each one's last pass, and a pass run now. */
@Path("operator/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform operation")
public class OperatorJobsResource {

    @Inject
    private JobPasses passes;

    @GET
    @Operation(summary = "Each background job's last pass: the node that ran it, when, how long, how many items")
    public List<JobPass> list() {
        return passes.last();
    }

    @POST
    @Path("{job}/run")
    @Operation(summary = "Run one pass of a job now (escalation, reminders, retention) and answer it",
            description = "Safe beside the job's own timer: every item is taken once.")
    public JobPass run(@PathParam("job") String job) {
        return passes.runNow(job);
    }
}
