package app.recoverydesk.web.security;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.tenancy.TenantDirectory;
import app.recoverydesk.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.i18n.Translations;
import app.recoverydesk.failure.Failures;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Optional;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The one place where a request learns its tenant: from the organization claim of the verified token.
 * Suspended tenants are stopped here, for pages and API alike.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CallerFilter extends HttpFilter {

    @Inject
    private TenantDirectory tenants;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private CurrentCaller caller;

    @Inject
    private StaffLocations staffLocations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the customer's feedback page takes its tenant from its token only, even in a staff member's browser
        boolean customerPage = request.getRequestURI().startsWith(request.getContextPath() + "/feedback/");
        if (!customerPage && request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            boolean goOn;
            try {
                goOn = enter(principal, request, response);
            } catch (RuntimeException e) {
                // the tenant is read from the database: while it is away, say so instead of failing with a 500
                if (Failures.understood(e).filter(f -> f.kind() == Kind.UNAVAILABLE).isEmpty()) {
                    throw e;
                }
                if (request.getDispatcherType() == DispatcherType.REQUEST) {
                    refuseUnavailable(request, response);
                    return;
                }
                goOn = true; // an error page drawn while the database is away: without a tenant
            }
            if (!goOn) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Enters the caller's tenant; false when the request was answered here (a suspended business). */
    private boolean enter(OidcPrincipal<?> principal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonWebToken token = principal.getOidcSecurityContext().getToken();
        Optional<Tenant> tenant = TokenClaims.organizationId(token.getClaimValue("organization"))
                .flatMap(tenants::byOrganization);
        String username = principal.getName();
        var roles = TokenClaims.realmRoles(token.getClaimValue("realm_access"));
        caller.signedIn(username, token.getClaimValueAsString(JsonWebToken.NAME), roles, tenant.orElse(null));
        if (tenant.isEmpty() && roles.contains(Roles.PLATFORM_OPERATOR)) {
            tenantContext.enterWithoutTenant(username); // the operator's changes to a tenant are audited by name
        }
        if (tenant.isPresent()) {
            if (!tenant.get().isActive() && request.getDispatcherType() == DispatcherType.REQUEST) {
                refuseSuspended(request, response, tenant.get());
                return false;
            }
            if (tenant.get().isActive()) {
                tenantContext.enter(tenant.get().getId(), username, roles);
                if (tenant.get().isRestrictToLocations() && !caller.seesWholeTenant()) {
                    tenantContext.restrictTo(staffLocations.of(username));
                }
            }
        }
        return true;
    }

    /** 503 with Retry-After; the error page for 503 puts it in words for the API and for people. */
    private static void refuseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * A suspended tenant's users get a clear answer in their language, and nothing of the tenant's data. The text is
     * the pages' own (the bundle is read by name: this filter comes before the pages' language helpers).
     */
    private static void refuseSuspended(HttpServletRequest request, HttpServletResponse response, Tenant tenant)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale language = languageOf(request, tenant);
            String text = ResourceBundle.getBundle("app.recoverydesk.web.messages", language).getString("error.403.suspended");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.createObjectBuilder().add("type", "about:blank").add("title", "Forbidden")
                    .add("status", 403).add("detail", text).build().toString());
            return;
        }
        request.setAttribute("suspended", Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The caller's Accept-Language where the product speaks it, else the business's language. */
    private static Locale languageOf(HttpServletRequest request, Tenant tenant) {
        return request.getHeader("Accept-Language") == null ? tenant.getDefaultLanguage()
                : Translations.firstSpoken(java.util.Collections.list(request.getLocales())).orElse(tenant.getDefaultLanguage());
    }
}
