package app.recoverydesk.web.report;

import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.ComplianceReports;
import app.recoverydesk.report.ReportScope;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The page's downloads: a table as CSV (for programs, or {@code format=sheet} for a spreadsheet in the user's
 * language) or the whole report as PDF, in the user's language, for the period and locations of the page. Guarded like the page (web.xml); the service scopes the data.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    @Inject
    private ComplianceReports reports;

    @Inject
    private CurrentCaller caller;

    @Inject
    private LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = localeSelector.getLocale();
        Function<String, String> text = Messages.in(locale);
        ComplianceReport report;
        ReportScope scope;
        try {
            scope = reports.scope(ReportRequest.date(request.getParameter("from")), ReportRequest.date(request.getParameter("to")),
                    ReportRequest.locations(request.getParameter("locations")));
            report = ReportTables.forFile(reports, scope, locale, request.getParameter("table"));
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if ("pdf".equals(request.getParameter("format"))) {
            byte[] pdf = PdfExport.report(report, text.apply("report.title") + " – " + caller.getTenant().getName(),
                    List.of(text.apply("report.period") + ": " + CellFormat.forPeople(locale, scope.period().zone()).format(scope.period().from())
                            + " – " + CellFormat.forPeople(locale, scope.period().zone()).format(scope.period().to())),
                    text, locale, scope.period().zone());
            reports.exported(scope, "PDF");
            send(response, "application/pdf", "compliance-report-" + scope.period().from() + "-" + scope.period().to() + ".pdf", pdf);
            return;
        }
        String table = request.getParameter("table");
        if (!ReportTables.IDS.contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String file = "compliance-" + table + "-" + scope.period().from() + "-" + scope.period().to();
        if ("sheet".equals(request.getParameter("format"))) {
            String csv = CsvExport.forSpreadsheet(ReportTables.one(report, text, table), locale, scope.period().zone());
            reports.exported(scope, "spreadsheet CSV " + table);
            send(response, "text/csv; charset=UTF-8", file + "-" + locale.getLanguage() + ".csv", csv.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String csv = CsvExport.write(ReportTables.one(report, text, table), CellFormat.forSpreadsheets(scope.period().zone()));
        reports.exported(scope, "CSV " + table);
        send(response, "text/csv; charset=UTF-8", file + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, String type, String file, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
