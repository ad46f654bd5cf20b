package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A tenant admin edits and takes locations out of use, changes staff roles and locations, deactivates and reactivates
 * staff; every change is in the audit log with its old and new value, another business cannot touch any of it and
 * frontline staff may not. Staff and locations are made here, so the demo data stays as it was for other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

    private static final String ADMIN = "bistro-admin";
    private static final String MANAGER = "bistro-manager";
    private static final List<String> hired = new ArrayList<>();
    private static final List<Long> madeLocations = new ArrayList<>();

    @AfterAll
    static void putAwayWhatWasMade() {
        String admin = Keycloak.token(ADMIN);
        for (long id : madeLocations) {
            Api.post("/admin/locations/" + id + "/deactivate", admin, Json.createObjectBuilder().build());
        }
        for (String username : hired) {
            Api.post("/admin/staff/" + staffId(username) + "/deactivate", admin, Json.createObjectBuilder().build());
        }
    }

    @Test
    void aLocationIsEditedTakenOutOfUseKeepingItsIncidentsAndPutBack() {
        String admin = Keycloak.token(ADMIN);
        String manager = Keycloak.token(MANAGER);
        String suffix = suffix();
        long tenant = DemoData.tenantId(DemoData.BISTRO);
        long location = addLocation("Kaia " + suffix);
        String subject = "location " + location;
        assertEquals(List.of(ADMIN, "", "Kaia " + suffix), audit(tenant, "location.created", subject));

        long incident = Drafts.log(MANAGER, Drafts.incident(MANAGER, "At the quay " + suffix).add("locationId", location));

        Api.Answer edited = Api.put("/admin/locations/" + location, admin, Json.createObjectBuilder()
                .add("name", "Kaikanten " + suffix).add("address", "Kaia 2, Bergen").add("timeZone", "Europe/Berlin").build());
        assertEquals(200, edited.status(), edited.body());
        assertEquals(List.of("Kaikanten " + suffix, "Kaia 2, Bergen", "Europe/Berlin"), List.of(
                edited.json().getString("name"), edited.json().getString("address"), edited.json().getString("timeZone")));
        assertEquals(List.of(ADMIN, "Kaia " + suffix, "Kaikanten " + suffix), audit(tenant, "location.renamed", subject));
        assertEquals(List.of(ADMIN, "Kaia 1, Bergen", "Kaia 2, Bergen"), audit(tenant, "location.address", subject));
        assertEquals(List.of(ADMIN, "Europe/Oslo", "Europe/Berlin"), audit(tenant, "location.timeZone", subject));

        Api.Answer unknownZone = Api.put("/admin/locations/" + location, admin, Json.createObjectBuilder()
                .add("name", "Elsewhere " + suffix).add("timeZone", "Mars/Olympus").build());
        assertEquals(400, unknownZone.status(), unknownZone.body());
        assertEquals(Set.of("timeZone"), named(unknownZone.body()));
        assertEquals(List.of("Kaikanten " + suffix), Database.query("select name from location where id = ?", location)
                .stream().map(r -> r.get(0)).toList(), "a refused edit changed the name");

        Api.Answer off = Api.post("/admin/locations/" + location + "/deactivate", admin, Json.createObjectBuilder().build());
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("active"));
        assertEquals(List.of(ADMIN, "Kaikanten " + suffix + ": active", "Kaikanten " + suffix + ": inactive"),
                audit(tenant, "location.deactivated", subject));

        assertFalse(ids(Api.get("/locations", manager).jsonArray()).contains(location),
                "a location out of use is offered for new incidents");
        assertTrue(ids(Api.get("/locations?includeInactive=true", manager).jsonArray()).contains(location));
        assertTrue(ids(Api.get("/admin/locations", admin).jsonArray()).contains(location));
        long before = Database.count("select count(*) from incident where location_id = ?", location);
        Api.Answer refused = Api.post("/incidents", manager,
                Drafts.incident(MANAGER, "Too late " + suffix).add("locationId", location).build());
        assertEquals(400, refused.status(), refused.body());
        assertEquals(Set.of("locationId"), named(refused.body()));
        assertEquals(before, Database.count("select count(*) from incident where location_id = ?", location));

        JsonObject listed = Api.get("/incidents?locationId=" + location, manager).json();
        assertEquals(List.of(incident), listed.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList(), "the old incident is not filterable");
        JsonObject old = Api.get("/incidents/" + incident, manager).json().getJsonObject("incident");
        assertEquals("Kaikanten " + suffix, old.getString("locationName"));
        Api.Answer revised = Api.put("/incidents/" + incident, manager, Drafts.incident(MANAGER, "At the old quay " + suffix)
                .add("locationId", location).add("version", old.getInt("version")).build());
        assertEquals(200, revised.status(), "an old incident at a location out of use could not be edited: " + revised.body());

        Api.Answer on = Api.post("/admin/locations/" + location + "/reactivate", admin, Json.createObjectBuilder().build());
        assertEquals(200, on.status(), on.body());
        assertTrue(on.json().getBoolean("active"));
        assertEquals(List.of(ADMIN, "Kaikanten " + suffix + ": inactive", "Kaikanten " + suffix + ": active"),
                audit(tenant, "location.reactivated", subject));
        assertTrue(ids(Api.get("/locations", manager).jsonArray()).contains(location));
        Drafts.log(MANAGER, Drafts.incident(MANAGER, "Back again " + suffix).add("locationId", location));
    }

    @Test
    void newRolesAndLocationsTakeEffectAndADeactivatedAccountCannotSignInUntilReactivated() {
        String admin = Keycloak.token(ADMIN);
        long tenant = DemoData.tenantId(DemoData.BISTRO);
        String username = hire("frontline");
        String password = password(username);
        String id = staffId(username);
        String subject = "staff " + username;

        assertEquals(403, Api.get("/approvals", Keycloak.freshToken(username, password)).status(),
                "frontline staff could read the approval queue");
        Api.Answer promoted = Api.put("/admin/staff/" + id + "/roles", admin, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("manager").add("frontline")).build());
        assertEquals(200, promoted.status(), promoted.body());
        assertEquals(List.of("frontline", "manager"), strings(promoted.json().getJsonArray("roles")));
        assertEquals(List.of(ADMIN, "frontline", "frontline, manager"), audit(tenant, "staff.roles", subject));
        assertEquals(200, Api.get("/approvals", Keycloak.freshToken(username, password)).status(),
                "the new manager role did not take effect with a fresh token");

        long first = DemoData.firstLocationId(DemoData.BISTRO);
        String firstName = (String) Database.query("select name from location where id = ?", first).get(0).get(0);
        Api.Answer assigned = Api.put("/admin/staff/" + id + "/locations", admin, Json.createObjectBuilder()
                .add("locationIds", Json.createArrayBuilder().add(first)).build());
        assertEquals(204, assigned.status(), assigned.body());
        assertEquals(List.of(first), member(username).getJsonArray("locationIds").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
        assertEquals(List.of(ADMIN, "none", firstName), audit(tenant, "staff.locations", subject));

        Api.Answer off = Api.post("/admin/staff/" + id + "/deactivate", admin, Json.createObjectBuilder().build());
        assertEquals(204, off.status(), off.body());
        assertFalse(member(username).getBoolean("enabled"));
        assertEquals(List.of(ADMIN, "active", "deactivated"), audit(tenant, "staff.deactivated", subject));
        assertThrows(IllegalStateException.class, () -> Keycloak.freshToken(username, password),
                "a deactivated account still got a token");

        Api.Answer on = Api.post("/admin/staff/" + id + "/reactivate", admin, Json.createObjectBuilder().build());
        assertEquals(204, on.status(), on.body());
        assertEquals(List.of(ADMIN, "deactivated", "active"), audit(tenant, "staff.reactivated", subject));
        JsonObject back = member(username);
        assertTrue(back.getBoolean("enabled"));
        assertEquals(List.of("frontline", "manager"), strings(back.getJsonArray("roles")), "reactivation lost the roles");
        assertEquals(200, Api.get("/approvals", Keycloak.freshToken(username, password)).status());
    }

    @Test
    void anAdminCannotDeactivateThemselvesNorDropTheirOwnAdminRoleAndAnUnknownRoleChangesNothing() {
        String admin = Keycloak.token(ADMIN);
        long tenant = DemoData.tenantId(DemoData.BISTRO);
        String self = staffId(ADMIN);
        long ownEntries = auditCount(tenant, "staff " + ADMIN);

        Api.Answer selfOff = Api.send("/admin/staff/" + self + "/deactivate", admin, "nb", Json.createObjectBuilder().build());
        assertEquals(409, selfOff.status(), selfOff.body());
        assertTrue(selfOff.json().getString("detail").contains("egen konto"), "not in the caller's language: " + selfOff.body());
        assertTrue(member(ADMIN).getBoolean("enabled"));

        Api.Answer demoted = Api.put("/admin/staff/" + self + "/roles", admin, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("manager")).build());
        assertEquals(400, demoted.status(), demoted.body());
        assertEquals(Set.of("roles"), named(demoted.body()));
        assertTrue(strings(member(ADMIN).getJsonArray("roles")).contains("tenant-admin"));
        assertEquals(ownEntries, auditCount(tenant, "staff " + ADMIN), "a refused change of oneself was audited");

        String username = hire("frontline");
        long entries = auditCount(tenant, "staff " + username);
        Api.Answer unknown = Api.put("/admin/staff/" + staffId(username) + "/roles", admin, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("frontline").add("platform-operator")).build());
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(Set.of("roles"), named(unknown.body()));
        Api.Answer none = Api.put("/admin/staff/" + staffId(username) + "/roles", admin, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder()).build());
        assertEquals(400, none.status(), none.body());
        assertEquals(List.of("frontline"), strings(member(username).getJsonArray("roles")));
        assertEquals(entries, auditCount(tenant, "staff " + username), "a refused change was audited");
    }

    @Test
    void anotherBusinessGets404ForTheseLocationsAndStaffAndFrontlineStaffGet403() {
        String suffix = suffix();
        long location = addLocation("Molo " + suffix);
        String username = hire("frontline");
        String id = staffId(username);
        Api.post("/admin/staff/" + id + "/deactivate", Keycloak.token(ADMIN), Json.createObjectBuilder().build());
        for (String intruder : List.of("hotel-admin", "bistro-frontline")) {
            String token = Keycloak.token(intruder);
            int expected = intruder.equals("hotel-admin") ? 404 : 403;
            List<Api.Answer> answers = List.of(
                    Api.put("/admin/locations/" + location, token, Json.createObjectBuilder().add("name", "Taken " + suffix).build()),
                    Api.post("/admin/locations/" + location + "/deactivate", token, Json.createObjectBuilder().build()),
                    Api.post("/admin/locations/" + location + "/reactivate", token, Json.createObjectBuilder().build()),
                    Api.put("/admin/staff/" + id + "/roles", token, Json.createObjectBuilder()
                            .add("roles", Json.createArrayBuilder().add("tenant-admin")).build()),
                    Api.put("/admin/staff/" + id + "/locations", token, Json.createObjectBuilder()
                            .add("locationIds", Json.createArrayBuilder()).build()),
                    Api.post("/admin/staff/" + id + "/reactivate", token, Json.createObjectBuilder().build()),
                    Api.post("/admin/staff/" + id + "/deactivate", token, Json.createObjectBuilder().build()));
            for (Api.Answer answer : answers) {
                assertEquals(expected, answer.status(), intruder + ": " + answer.body());
                assertFalse(answer.body().contains("Molo") || answer.body().contains(username), answer.body());
            }
            assertFalse(Api.get("/admin/locations", Keycloak.token("hotel-admin")).body().contains("Molo " + suffix));
        }
        assertEquals(1, Database.count("select count(*) from location where id = ? and name = ? and active", location,
                "Molo " + suffix), "another business or frontline staff changed the location");
        JsonObject member = member(username);
        assertEquals(List.of(false, List.of("frontline")), List.of(member.getBoolean("enabled"), strings(member.getJsonArray("roles"))));
    }

    @Test
    void deactivatingStaffAndSuspendingABusinessAskFirstSayingWhatHappens() {
        String suffix = suffix();
        String username = hire("frontline");
        long location = addLocation("Brygga " + suffix);
        Api.post("/admin/locations/" + location + "/deactivate", Keycloak.token(ADMIN), Json.createObjectBuilder().build());
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(ADMIN);
            browser.driver.get(Deployments.APP + "/admin/staff.xhtml");
            WebElement button = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//tr[.//span[@class='staff-username' and text()='" + username + "']]//button[contains(@id, 'deactivate')]")));
            button.click();
            WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("members:confirm")));
            String text = dialog.getText();
            assertTrue(text.contains("Walk Er") && text.contains("kan ikke lenger logge inn") && text.contains("løfter"),
                    "the confirmation does not say what happens: " + text);
            browser.driver.findElement(By.id("members:confirm-no")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("members:confirm")));
            browser.driver.navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("members:list")));
            assertTrue(member(username).getBoolean("enabled"), "cancelling the confirmation deactivated the account");

            browser.driver.findElement(By.xpath("//tr[.//span[@class='staff-username' and text()='" + username
                    + "']]//button[contains(@id, 'deactivate')]")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("members:confirm-yes"))).click();
            browser.waiting().until(d -> !member(username).getBoolean("enabled"));
            // no button for deactivating oneself
            assertTrue(browser.driver.findElements(By.xpath("//tr[.//span[@class='staff-username' and text()='" + ADMIN
                    + "']]//button[contains(@id, 'deactivate')]")).isEmpty(), "the admin is offered to deactivate themselves");
        }
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(MANAGER);
            browser.driver.get(Deployments.APP + "/incidents/new.xhtml");
            Select choices = new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("incident:locationId"))));
            assertFalse(choices.getOptions().stream().anyMatch(o -> o.getText().contains("Brygga " + suffix)),
                    "the incident form offers a location out of use");
        }

        String business = "Kafé Bekreft " + suffix;
        Api.Answer created = Api.post("/operator/tenants", Keycloak.token("operator"), Json.createObjectBuilder()
                .add("name", business).add("businessType", "RESTAURANT").add("country", "NO").add("currency", "NOK")
                .add("language", "en").add("timeZone", "Europe/Oslo").add("adminEmail", "admin-" + suffix + "@bekreft.example")
                .add("adminFirstName", "Ada").add("adminLastName", "Bekreft").build());
        assertEquals(201, created.status(), created.body());
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("operator");
            browser.driver.findElement(By.id("operator-tenants")).click();
            By suspend = By.xpath("//tr[.//span[@class='tenant-name' and text()='" + business + "']]//button[contains(@id, 'suspend')]");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(suspend)).click();
            WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tenants:confirm")));
            String text = dialog.getText();
            assertTrue(text.contains("All 1 staff of " + business) && text.contains("Nothing is deleted"),
                    "the suspension's confirmation does not say what happens: " + text);
            browser.driver.findElement(By.id("tenants:confirm-no")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("tenants:confirm")));
            assertEquals("ACTIVE", status(business), "cancelling suspended the business");

            browser.driver.findElement(suspend).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("tenants:confirm-yes"))).click();
            browser.waiting().until(d -> "SUSPENDED".equals(status(business)));
            By reactivate = By.xpath("//tr[.//span[@class='tenant-name' and text()='" + business + "']]//button[contains(@id, 'reactivate')]");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(reactivate)).click();
            String again = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tenants:confirm"))).getText();
            assertTrue(again.contains("can use Recovery Desk again"), again);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("tenants:confirm-yes"))).click();
            browser.waiting().until(d -> "ACTIVE".equals(status(business)));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long addLocation(String name) {
        Api.Answer added = Api.post("/admin/locations", Keycloak.token(ADMIN), Json.createObjectBuilder()
                .add("name", name).add("address", "Kaia 1, Bergen").add("timeZone", "Europe/Oslo").build());
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        madeLocations.add(id);
        return id;
    }

    /** A new staff member of the restaurant with these roles and no locations; answers the username. */
    private static String hire(String... roles) {
        String username = "adm-" + suffix();
        var list = Json.createArrayBuilder();
        Arrays.stream(roles).forEach(list::add);
        Api.Answer hire = Api.post("/admin/staff", Keycloak.token(ADMIN), Json.createObjectBuilder()
                .add("username", username).add("email", username + "@bistro-nord.example").add("firstName", "Walk")
                .add("lastName", "Er").add("roles", list).build());
        assertEquals(201, hire.status(), hire.body());
        hired.add(username);
        return username;
    }

    /** Gives a hired member a lasting password, so that they can get tokens. */
    private static String password(String username) {
        String password = "Long-enough-" + username;
        assertEquals(204, RealmAdmin.setPassword(RealmAdmin.userId(username), password));
        return password;
    }

    private static JsonObject member(String username) {
        return Api.get("/admin/staff", Keycloak.token(ADMIN)).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static String staffId(String username) {
        return member(username).getString("id");
    }

    private static String status(String business) {
        return Api.get("/operator/tenants", Keycloak.token("operator")).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals(business)).findFirst().orElseThrow().getString("status");
    }

    /** The latest audit entry of this kind and subject: actor, from, to ("" for none). */
    private static List<String> audit(long tenant, String kind, String subject) {
        List<List<Object>> rows = Database.query("select actor, from_value, to_value from audit_entry where tenant_id = ? "
                + "and kind = ? and subject = ? order by seq desc limit 1", tenant, kind, subject);
        assertEquals(1, rows.size(), "no audit entry " + kind + " for " + subject);
        return rows.get(0).stream().map(v -> v == null ? "" : v.toString()).toList();
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList();
    }

    private static Set<String> named(String problem) {
        JsonObject json = Json.createReader(new StringReader(problem)).readObject();
        return json.containsKey("invalidParams") ? json.getJsonArray("invalidParams").stream()
                .map(p -> p.asJsonObject().getString("name")).collect(Collectors.toCollection(TreeSet::new)) : Set.of();
    }

    private static long auditCount(long tenant, String subject) {
        return Database.count("select count(*) from audit_entry where tenant_id = ? and subject = ?", tenant, subject);
    }
}
