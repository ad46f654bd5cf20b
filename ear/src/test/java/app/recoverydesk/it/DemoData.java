package app.recoverydesk.it;

/** Ids of the seeded demo tenants and locations, read from the database rather than assumed. */
final class DemoData {

    static final String BISTRO = "Bistro Nord";
    static final String HOTEL = "Hotel Adriatic";

    private DemoData() {
    }

    static long tenantId(String tenant) {
        return Database.count("select id from tenant where name = ?", tenant);
    }

    static long firstLocationId(String tenant) {
        return Database.count("select min(l.id) from location l join tenant t on t.id = l.tenant_id where t.name = ?",
                tenant);
    }
}
