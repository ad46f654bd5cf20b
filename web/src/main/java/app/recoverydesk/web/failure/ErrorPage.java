package app.recoverydesk.web.failure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * Which frame an error page gets: a customer (the feedback page, or anyone not signed in) sees the public one,
 * without the staff header, its "Sign out" and links into pages they cannot open.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final String STAFF = "/WEB-INF/templates/layout.xhtml";
    private static final String PUBLIC = "/WEB-INF/templates/public.xhtml";

    public boolean isForCustomer() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object failed = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : external.getRequestServletPath();
        return uri.startsWith(external.getRequestContextPath() + "/feedback/") || uri.startsWith("/feedback/")
                || external.getUserPrincipal() == null;
    }

    public String getTemplate() {
        return isForCustomer() ? PUBLIC : STAFF;
    }
}
