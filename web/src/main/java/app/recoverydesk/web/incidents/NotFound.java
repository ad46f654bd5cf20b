package app.recoverydesk.web.incidents;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers a page request with the plain 404 page: no such record, or not the caller's tenant's. */
final class NotFound {

    private NotFound() {
    }

    static void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        context.responseComplete();
    }
}
