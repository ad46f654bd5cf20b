package app.recoverydesk.web.customers;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Failures;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.privacy.CustomerFile;
import app.recoverydesk.privacy.PersonalData;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The search page's downloads of a customer's copy: {@code ?id=…&format=json|pdf}. Guarded like the page (web.xml);
 * the service reads only the caller's business and records the export in the audit log.
 */
@WebServlet("/customers/export")
public class CustomerExportServlet extends HttpServlet {

    @Inject
    private PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean pdf = "pdf".equals(request.getParameter("format"));
        CustomerFile file;
        try {
            file = personalData.export(id);
        } catch (RuntimeException e) {
            Optional<BusinessException> understood = Failures.understood(e);
            if (understood.filter(f -> f.kind() == Kind.NOT_FOUND).isPresent()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        byte[] body = pdf ? CustomerFilePdf.write(file)
                : CustomerFileJson.of(file).toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(pdf ? "application/pdf" : "application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"customer-" + id + (pdf ? ".pdf\"" : ".json\""));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
