package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.report.ComplianceReports;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business with more recoveries granted over their limit than the report lists: the report (API, PDF) shows the
 * newest and says how many of all; the CSV file of the table has every one. Rent-a-Car's, so the other report
 * tests' lists of Bistro Nord stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportOverLimitIT {

    private static final String FRONTLINE = "rental-frontline";
    private static final String EXECUTIVE = "rental-executive";

    @Test
    void theReportListsTheNewestGrantsOverALimitAndSaysHowManyOfAll_theCsvHasEveryOne() throws Exception {
        long rental = DemoData.tenantId(DemoData.RENTAL);
        long incident = Drafts.log(FRONTLINE, Drafts.incident(FRONTLINE, "Charged twice " + UUID.randomUUID()));
        long policy = Database.count("select min(id) from recovery_policy where tenant_id = ? and per_incident_minor is not null", rental);
        int more = ComplianceReports.OVER_LIMIT_LISTED + 5;
        // over the limit without approval, an hour apart in the last days, as an import would leave them
        for (int i = 1; i <= more; i++) {
            Database.update("insert into recovery (tenant_id, incident_id, option_id, policy_id, location_id, amount_minor,"
                    + " currency, status, requested_by, requested_at, version) select p.tenant_id, i.id, p.option_id, p.id,"
                    + " i.location_id, p.per_incident_minor + 100, p.currency, 'GRANTED', 'imported',"
                    + " utc_timestamp(6) - interval ? hour, 0 from recovery_policy p join incident i on i.id = ? where p.id = ?",
                    i, incident, policy);
        }
        Database.recountIncidents(rental);

        JsonObject report = Api.get("/reports/compliance", Keycloak.token(EXECUTIVE)).json();
        long all = report.getJsonObject("current").getJsonObject("recoveries").getJsonNumber("overLimitWithoutApproval").longValue();
        assertTrue(all >= more, "all " + all);
        JsonObject table = report.getJsonObject("tables").getJsonObject("overLimit");
        JsonArray rows = table.getJsonArray("rows");
        assertEquals(ComplianceReports.OVER_LIMIT_LISTED, rows.size(), table.toString());
        List<OffsetDateTime> times = rows.stream().map(r -> OffsetDateTime.parse(r.asJsonArray().getString(5))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isAfter(times.get(i - 1)), "newest first: " + times);
        }
        // the newest of all: the oldest listed is younger than the ones left out (all but the listed)
        long older = Database.count("select count(*) from recovery where tenant_id = ? and over_limit and requested_at < ?"
                + " and requested_at > utc_timestamp() - interval 25 day",
                rental, times.get(times.size() - 1).atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
        assertEquals(all - ComplianceReports.OVER_LIMIT_LISTED, older, "the listed are the newest");
        String note = "The newest " + ComplianceReports.OVER_LIMIT_LISTED + " of " + all + ".";
        assertTrue(table.getString("note").startsWith(note), table.getString("note"));

        String csv = new String(Api.download("/reports/compliance/csv?table=overLimit", Keycloak.token(EXECUTIVE)).body(),
                StandardCharsets.UTF_8);
        assertEquals(all + 1, csv.split("\r\n").length, "a header and every grant over its limit: " + csv);

        PdfReader pdf = new PdfReader(Api.download("/reports/compliance/pdf", Keycloak.token(EXECUTIVE)).body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
        }
        assertTrue(text.toString().contains(note), text.toString());
    }
}
