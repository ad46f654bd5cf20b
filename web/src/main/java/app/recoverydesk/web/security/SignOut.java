package app.recoverydesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the application session and the identity provider's single sign-on session. A form's POST (the header's
 * "Sign out"), never a link: the view state it carries is what another site cannot send.
 */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        // the address the browser used (as the realm lists it), down to the application's start page
        String home = URI.create(request.getRequestURL().toString()).resolve(external.getRequestContextPath() + "/").toString();
        String provider = System.getenv().getOrDefault("OIDC_PROVIDER_URL", "http://localhost:8180/realms/recovery");
        external.redirect(provider + "/protocol/openid-connect/logout?client_id=recovery-web"
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
        context.responseComplete();
    }
}
