package app.recoverydesk.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the application session and the identity provider's single sign-on session. */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replaceFirst("/signout$", "/");
        String provider = System.getenv().getOrDefault("OIDC_PROVIDER_URL", "http://localhost:8180/realms/recovery");
        response.sendRedirect(provider + "/protocol/openid-connect/logout?client_id=recovery-web"
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }
}
