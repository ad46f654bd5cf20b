package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where a tenant restricts staff to their locations, frontline staff see and use only those; managers see all. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LocationScopeIT {

    private static void restrict(String admin, boolean restrict) {
        JsonObject current = Api.get("/admin/settings", admin).json();
        Api.Answer saved = Api.put("/admin/settings", admin, Json.createObjectBuilder(current)
                .add("restrictToLocations", restrict).build());
        assertEquals(200, saved.status(), saved.body());
    }

    private static List<Long> listedIds(String token, String marker) {
        return Api.get("/incidents?q=" + marker, token).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).sorted().toList();
    }

    @Test
    void restrictedFrontlineStaffSeeOnlyTheirLocations() {
        String admin = Keycloak.token("rental-admin");
        String manager = Keycloak.token("rental-manager");
        String frontline = Keycloak.token("rental-frontline");
        List<JsonObject> locations = Api.get("/locations", admin).jsonArray().stream().map(v -> v.asJsonObject()).toList();
        long airport = locations.stream().filter(l -> l.getString("name").contains("Airport")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long station = locations.stream().filter(l -> l.getString("name").contains("Station")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String frontlineId = Api.get("/admin/staff", admin).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("username").equals("rental-frontline")).findFirst().orElseThrow().getString("id");

        String marker = "scope" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long atAirport = Drafts.log("rental-manager", Drafts.incident("rental-manager", "Flat tyre " + marker).add("locationId", airport));
        long atStation = Drafts.log("rental-manager", Drafts.incident("rental-manager", "Dirty car " + marker).add("locationId", station));

        assertEquals(204, Api.put("/admin/staff/" + frontlineId + "/locations", admin,
                Json.createObjectBuilder().add("locationIds", Json.createArrayBuilder().add(airport)).build()).status());
        assertEquals(List.of(atAirport, atStation), listedIds(frontline, marker), "before the restriction");
        restrict(admin, true);
        try {
            assertEquals(List.of(atAirport), listedIds(frontline, marker));
            assertEquals(1, Api.get("/incidents?q=" + marker, frontline).json().getInt("total"),
                    "counted at their locations only");
            assertEquals(404, Api.get("/incidents/" + atStation, frontline).status());
            assertEquals(Set.of(airport), Api.get("/locations", frontline).jsonArray().stream()
                    .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(java.util.stream.Collectors.toSet()));
            Api.Answer elsewhere = Api.post("/incidents", frontline, Drafts.incidentWith(frontline, "Elsewhere")
                    .add("locationId", station).build());
            assertEquals(400, elsewhere.status(), elsewhere.body());
            assertEquals(List.of(atAirport, atStation), listedIds(manager, marker), "a manager sees every location");
            Api.Answer foreign = Api.put("/admin/staff/" + frontlineId + "/locations", admin, Json.createObjectBuilder()
                    .add("locationIds", Json.createArrayBuilder().add(DemoData.firstLocationId(DemoData.BISTRO))).build());
            assertEquals(400, foreign.status(), "assigned a location of another tenant: " + foreign.body());
        } finally {
            restrict(admin, false);
        }
        assertEquals(List.of(atAirport, atStation), listedIds(frontline, marker), "after lifting the restriction");
        assertTrue(Api.get("/admin/settings", admin).json().containsKey("restrictToLocations"));
    }
}
