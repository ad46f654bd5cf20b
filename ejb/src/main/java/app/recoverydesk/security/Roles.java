package app.recoverydesk.security;

/**
 * The realm roles and what each may do; pages and endpoints name these constants, never strings.
 *
 * <table>
 * <tr><th>role</th><th>may</th></tr>
 * <tr><td>frontline</td><td>log and read incidents of their tenant</td></tr>
 * <tr><td>manager</td><td>everything frontline may, for their tenant</td></tr>
 * <tr><td>executive</td><td>read incidents and reports of their tenant</td></tr>
 * <tr><td>tenant-admin</td><td>set up their tenant (locations, staff, settings)</td></tr>
 * <tr><td>platform-operator</td><td>create and suspend tenants; never reads a tenant's cases</td></tr>
 * </table>
 */
public final class Roles {

    public static final String FRONTLINE = "frontline";
    public static final String MANAGER = "manager";
    public static final String EXECUTIVE = "executive";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {
    }
}
