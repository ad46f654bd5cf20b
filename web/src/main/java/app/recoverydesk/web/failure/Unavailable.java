package app.recoverydesk.web.failure;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.failure.Message;
import app.recoverydesk.i18n.Translations;
import app.recoverydesk.web.i18n.Texts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;

/**
 * The error page for 503 (the database away while a request learns its tenant): problem+json for the API, a short
 * page for people, both in the caller's language and without touching the database.
 */
@WebServlet("/errors/unavailable")
public class Unavailable extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Translations.firstSpoken(Collections.list(request.getLocales())).orElse(Locale.ENGLISH);
        String text = Texts.render(Message.of("problem.unavailable"), locale, ZoneOffset.UTC);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setCharacterEncoding("UTF-8");
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(JSON.createObjectBuilder().add("type", "about:blank")
                    .add("title", "Service Unavailable").add("status", 503).add("detail", text).build().toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width\"><title>Recovery Desk</title></head><body><p>"
                    + text.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>");
        }
    }
}
