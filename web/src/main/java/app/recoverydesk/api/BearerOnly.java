package app.recoverydesk.api;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The API takes bearer tokens only. A call that the sign-in let through on the browser's session cookie alone is
 * refused: a page of another site could make the browser send that cookie along (cross-site request forgery), never
 * the token. The pages' own downloads are servlets outside the API.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerOnly implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            throw new BusinessException(Kind.UNAUTHENTICATED, "problem.bearer.required");
        }
    }
}
