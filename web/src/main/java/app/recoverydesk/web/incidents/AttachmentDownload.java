package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Attachments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incident's attachment as the case page links it: {@code /incidents/attachments/<incident>/<attachment>}, for
 * the signed-in browser (the API takes bearer tokens only). Guarded like the case page (web.xml); the service scopes
 * the records to the caller's business.
 */
@WebServlet("/incidents/attachments/*")
public class AttachmentDownload extends HttpServlet {

    private static final Pattern IDS = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");

    @Inject
    private Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher ids = IDS.matcher(String.valueOf(request.getPathInfo()));
        Optional<Attachment> found = ids.matches()
                ? attachments.find(Long.parseLong(ids.group(1)), Long.parseLong(ids.group(2))) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment a = found.get();
        response.setContentType(a.getContentType());
        response.setHeader("Content-Disposition", a.contentDisposition());
        response.setContentLength(a.getContent().length);
        response.getOutputStream().write(a.getContent());
    }
}
