package app.recoverydesk.it;

/** Ids of the seeded demo tenants and locations, read from the database rather than assumed. */
final class DemoData {

    static final String BISTRO = "Bistro Nord";
    static final String HOTEL = "Hotel Adriatic";
    static final String RENTAL = "Rent-a-Car Kraków";

    private DemoData() {
    }

    static long tenantId(String tenant) {
        return Database.count("select id from tenant where name = ?", tenant);
    }

    /** A demo tenant's locations through its admin, in id order. */
    static java.util.List<Long> locationIds(String admin) {
        return Api.get("/locations", Keycloak.token(admin)).jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /**
     * Limits a staff member to some locations until the returned assignment is closed, which gives them none
     * again (as seeded), so other tests see the demo data as it was.
     */
    static AutoCloseable assignLocations(String admin, String username, long... locationIds) {
        String staffId = Api.get("/admin/staff", Keycloak.token(admin)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("username").equals(username)).findFirst().orElseThrow().getString("id");
        var ids = jakarta.json.Json.createArrayBuilder();
        for (long id : locationIds) {
            ids.add(id);
        }
        Api.Answer assigned = Api.put("/admin/staff/" + staffId + "/locations", Keycloak.token(admin),
                jakarta.json.Json.createObjectBuilder().add("locationIds", ids).build());
        org.junit.jupiter.api.Assertions.assertEquals(204, assigned.status(), assigned.body());
        return () -> Api.put("/admin/staff/" + staffId + "/locations", Keycloak.token(admin),
                jakarta.json.Json.createObjectBuilder().add("locationIds", jakarta.json.Json.createArrayBuilder()).build());
    }

    static long firstLocationId(String tenant) {
        return Database.count("select min(l.id) from location l join tenant t on t.id = l.tenant_id where t.name = ?",
                tenant);
    }
}
