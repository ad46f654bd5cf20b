package app.recoverydesk.web.audit;

import app.recoverydesk.audit.AuditEntry;
import app.recoverydesk.audit.AuditTrail;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.web.i18n.LocaleSelector;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The page's download: the filtered audit log as CSV in the user's language. Guarded like the page (web.xml); the
 * download is recorded in the log itself.
 */
@WebServlet("/audit/export")
public class AuditExportServlet extends HttpServlet {

    @Inject
    private AuditTrail trail;

    @Inject
    private LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditTrail.Filter filter;
        try {
            filter = AuditTrail.Filter.of(request.getParameter("person"), request.getParameter("kind"),
                    date(request.getParameter("from")), date(request.getParameter("to")));
        } catch (InvalidInputException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<AuditEntry> entries = trail.export(filter, "CSV");
        byte[] body = AuditCsv.write(entries, localeSelector.getLocale(), trail.zone()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
