package app.recoverydesk.api;

import app.recoverydesk.audit.AuditEntry;
import app.recoverydesk.audit.AuditTrail;
import app.recoverydesk.audit.AuditVerification;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.security.Roles;
import app.recoverydesk.web.audit.AuditCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The business's audit log for its admins and executives: who changed what in its setup (and read what is
 * sensitive), when, from which value to which; filtered, as JSON or CSV; and the check of its chain of hashes.
 */
@Path("audit")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.EXECUTIVE})
@Tag(name = "Audit log")
public class AuditResource {

    /** One entry; {@code kindLabel} in the caller's language. */
    public record EntryJson(long seq, Instant at, String actor, String kind, String kindLabel, String subject,
                            String from, String to) {
    }

    public record PageJson(long total, int offset, int limit, List<EntryJson> entries) {
    }

    /** {@code intact} with the number of entries checked, or the first broken link: its seq, id and what is wrong. */
    public record VerifyJson(boolean intact, long entries, Long brokenSeq, Long brokenId, String problem,
                             String explanation) {
    }

    @Inject
    private AuditTrail trail;

    @Inject
    private AuditVerification verification;

    @Inject
    private ApiLanguage language;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The audit log, newest first: filtered by person (username), kind (e.g. settings.changed) and"
            + " period (days in the business's time zone, both included); format=csv for a download of up to 10,000"
            + " entries (recorded as audit.exported)")
    public Response entries(@QueryParam("person") String person, @QueryParam("kind") String kind,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("offset") String offsetParam, @QueryParam("limit") String limitParam,
                            @QueryParam("format") String format) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        boolean csv = "csv".equals(format == null ? null : format.strip());
        if (format != null && !format.isBlank() && !csv && !"json".equals(format.strip())) {
            errors.add("format", "param.enum");
        }
        long offset = 0;
        long limit = 50;
        try {
            offset = Params.number("offset", offsetParam, 0);
            if (offset < 0) {
                errors.add("offset", "param.number");
            }
        } catch (InvalidInputException e) {
            errors.add("offset", "param.number");
        }
        try {
            limit = Params.number("limit", limitParam, 50);
            if (limit < 1 || limit > 500) {
                errors.add("limit", "number.range", 1, 500);
            }
        } catch (InvalidInputException e) {
            errors.add("limit", "param.number");
        }
        java.time.LocalDate fromDay = null;
        java.time.LocalDate toDay = null;
        try {
            fromDay = Params.date("from", from);
        } catch (InvalidInputException e) {
            errors.add("from", "param.date");
        }
        try {
            toDay = Params.date("to", to);
        } catch (InvalidInputException e) {
            errors.add("to", "param.date");
        }
        AuditTrail.Filter filter = null;
        try {
            filter = AuditTrail.Filter.of(person, kind, fromDay, toDay);
        } catch (InvalidInputException e) {
            e.fields().forEach((field, message) -> errors.add(field, message.key(), message.args().toArray()));
        }
        errors.throwIfAny();
        Locale locale = language.locale();
        if (csv) {
            List<AuditEntry> entries = trail.export(filter, "CSV");
            return Response.ok(AuditCsv.write(entries, locale, trail.zone()))
                    .type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
        }
        List<EntryJson> entries = trail.find(filter, (int) Math.min(offset, Integer.MAX_VALUE), (int) limit).stream()
                .map(e -> new EntryJson(e.getSeq(), e.getAt(), e.getActor(), e.getKind(), AuditCsv.kindLabel(e.getKind(), locale),
                        e.getSubject(), e.getFromValue(), e.getToValue()))
                .toList();
        return Response.ok(new PageJson(trail.count(filter), (int) Math.min(offset, Integer.MAX_VALUE), (int) limit, entries),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the chain of hashes: intact with the number of entries, or the first broken link"
            + " (an entry changed, entries missing before one, or the last entry not the one the head names)")
    public VerifyJson verify() {
        AuditVerification.Result result = verification.verify();
        return result.broken().map(b -> new VerifyJson(false, result.entries(), b.seq(), b.id(), b.problem().name(), b.toString()))
                .orElseGet(() -> new VerifyJson(true, result.entries(), null, null, null, null));
    }
}
