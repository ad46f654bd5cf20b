package app.recoverydesk.security;

/**
 * The realm roles and what each may do; pages and endpoints name these constants, never strings.
 *
 * <table>
 * <tr><th>role</th><th>may</th></tr>
 * <tr><td>frontline</td><td>log, revise and move incidents of their tenant ({@code /incidents/*},
 *     {@code /api/v1/incidents…})</td></tr>
 * <tr><td>manager</td><td>everything frontline may, for their tenant</td></tr>
 * <tr><td>executive</td><td>read incidents (and later reports) of their tenant</td></tr>
 * <tr><td>tenant-admin</td><td>set up their tenant: locations, staff, settings ({@code /admin/*},
 *     {@code /api/v1/admin/…})</td></tr>
 * <tr><td>platform-operator</td><td>create, suspend and reactivate tenants, see their usage
 *     ({@code /operator/*}, {@code /api/v1/operator/…}); never reads a tenant's cases</td></tr>
 * </table>
 * Pages are guarded by the security constraints in web.xml, endpoints by {@code @RolesAllowed} with these
 * constants; the cross-tenant and role tests try both.
 */
public final class Roles {

    public static final String FRONTLINE = "frontline";
    public static final String MANAGER = "manager";
    public static final String EXECUTIVE = "executive";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String PLATFORM_OPERATOR = "platform-operator";

    /** The roles a tenant admin may give to staff. */
    public static final java.util.Set<String> TENANT_ROLES = java.util.Set.of(FRONTLINE, MANAGER, EXECUTIVE, TENANT_ADMIN);

    /** Roles that work with cases. */
    public static final java.util.Set<String> CASE_ROLES = java.util.Set.of(FRONTLINE, MANAGER, EXECUTIVE);

    private Roles() {
    }
}
