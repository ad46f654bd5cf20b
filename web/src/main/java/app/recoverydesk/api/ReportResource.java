package app.recoverydesk.api;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.ComplianceReports;
import app.recoverydesk.report.Figure;
import app.recoverydesk.report.ReportScope;
import app.recoverydesk.security.Roles;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.report.CellFormat;
import app.recoverydesk.web.report.CsvExport;
import app.recoverydesk.web.report.Kpi;
import app.recoverydesk.web.report.PdfExport;
import app.recoverydesk.web.report.ReportTable;
import app.recoverydesk.web.report.ReportTables;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The policy-compliance report: figures as JSON, each table as CSV, the whole report as PDF, and the incidents
 * behind any figure. Executives see the tenant, managers their locations. Labels are English, like the
 * API's problem texts; the pages give the same files in the user's language. The CSV and PDF operations declare
 * no media type so that any Accept header gets the file (their answers name their type).
 */
@Path("reports/compliance")
@RolesAllowed({Roles.MANAGER, Roles.EXECUTIVE})
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    private ComplianceReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report for a period (days in the tenant's time zone, both included; default: the last 30 days)"
            + " and locations (default: all the caller sees), with the period before it; the headline figures (kpis) with"
            + " their change; every table with its rows (the trend's last column says whether a bucket is partial) and, where the rows"
            + " leave some out, a note saying so (overLimit lists the newest " + ComplianceReports.OVER_LIMIT_LISTED
            + "; its CSV every one)")
    public JsonObject report(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("location") List<String> locations) {
        ReportScope scope = scope(from, to, locations);
        ComplianceReport report = reports.report(scope, Locale.ENGLISH);
        CellFormat format = CellFormat.forSpreadsheets(scope.period().zone());
        JsonObjectBuilder tables = JSON.createObjectBuilder();
        for (ReportTable table : ReportTables.of(report, ReportResource::english)) {
            JsonArrayBuilder rows = JSON.createArrayBuilder();
            table.rows().forEach(row -> {
                JsonArrayBuilder cells = JSON.createArrayBuilder();
                row.forEach(c -> cells.add(format.format(c.value())));
                rows.add(cells);
            });
            JsonObjectBuilder json = JSON.createObjectBuilder().add("title", table.title())
                    .add("headers", JSON.createArrayBuilder(table.headers())).add("rows", rows);
            if (table.note() != null) {
                json.add("note", table.note());
            }
            tables.add(table.id(), json);
        }
        return JSON.createObjectBuilder()
                .add("from", scope.period().from().toString()).add("to", scope.period().to().toString())
                .add("previousFrom", scope.period().previous().from().toString())
                .add("previousTo", scope.period().previous().to().toString())
                .add("locationIds", JSON.createArrayBuilder(List.copyOf(report.locationIds())))
                .add("currency", report.currency().getCurrencyCode())
                .add("current", ReportJson.figures(report.current()))
                .add("previous", ReportJson.figures(report.previous()))
                .add("volume", ReportJson.volume(report.volume()))
                .add("kpis", ReportJson.kpis(Kpi.of(report)))
                .add("tables", tables).build();
    }

    @GET
    @Path("csv")
    @Operation(summary = "One table of the report as CSV (table: " + "summary, rootCauses, options, overLimit, promisesByLocation,"
            + " promisesByOwner, trend, initiatives, announced, overrides)")
    public Response csv(@QueryParam("table") @DefaultValue("summary") String table, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("location") List<String> locations) {
        if (!ReportTables.IDS.contains(table)) {
            throw new InvalidInputException("table", "report.table.unknown");
        }
        ReportScope scope = scope(from, to, locations);
        ReportTable t = ReportTables.one(ReportTables.forFile(reports, scope, Locale.ENGLISH, table), ReportResource::english, table);
        String csv = CsvExport.write(t, CellFormat.forSpreadsheets(scope.period().zone()));
        reports.exported(scope, "CSV " + table);
        return Response.ok(csv)
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"compliance-" + table + ".csv\"").build();
    }

    @GET
    @Path("pdf")
    @Operation(summary = "The whole report as PDF")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("location") List<String> locations) {
        ReportScope scope = scope(from, to, locations);
        ComplianceReport report = reports.report(scope, Locale.ENGLISH);
        byte[] pdf = PdfExport.report(report, english("report.title"), List.of(scope.period().from() + " – " + scope.period().to()),
                ReportResource::english, Locale.ENGLISH, scope.period().zone());
        reports.exported(scope, "PDF");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"compliance-report.pdf\"").build();
    }

    @GET
    @Path("incidents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The incidents behind a figure (the drill-down; default: all incidents of the period), newest first")
    public IncidentPage incidents(@QueryParam("figure") String figure, @QueryParam("key") String key,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("location") List<String> locations,
                                  @QueryParam("offset") String offsetParam,
                                  @QueryParam("limit") String limitParam) {
        // out-of-range pages are clamped, as they always were; only what is not a number is refused
        int offset = (int) Math.max(0, Math.min(Params.number("offset", offsetParam, 0), Integer.MAX_VALUE));
        int limit = (int) Math.max(1, Math.min(Params.number("limit", limitParam, 50), 200));
        Figure given = Params.enumValue(Figure.class, "figure", figure);
        Figure f = given == null ? Figure.INCIDENTS : given;
        ReportScope scope = scope(from, to, locations);
        int page = Math.max(1, Math.min(limit, 200));
        return IncidentPage.of(reports.incidentsBehind(f, key, scope, Math.max(0, offset), page).stream()
                .map(IncidentJson::of).toList(), reports.countBehind(f, key, scope), Math.max(0, offset), page);
    }

    private ReportScope scope(String from, String to, List<String> locations) {
        try {
            return reports.scope(Params.date("from", from), Params.date("to", to),
                    new HashSet<>(Params.numbers("location", locations)));
        } catch (InvalidInputException e) { // the service names the pages' field; the API's parameter is location
            java.util.Map<String, app.recoverydesk.failure.Message> fields = new java.util.LinkedHashMap<>();
            e.fields().forEach((field, message) -> fields.put(field.equals("locationIds") ? "location" : field, message));
            throw new InvalidInputException(fields);
        }
    }

    private static String english(String key) {
        return Messages.in(Locale.ROOT).apply(key);
    }
}
