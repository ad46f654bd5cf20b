package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A business joins: the operator creates it, its administrator sets up a location and a frontline user,
 * and that user logs incidents in the browser and over the API. Then suspension and reactivation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantOnboardingIT {

    @Test
    void aNewTenantIsSetUpAndItsStaffLogIncidents_thenSuspendedAndReactivated() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String business = "Kafé Fjord " + suffix;
        String adminEmail = "admin-" + suffix + "@kafe-fjord.example";
        String adminUsername;
        String adminPassword;
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("operator");
            browser.driver.findElement(By.id("operator-tenants")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tenant:name"))).sendKeys(business);
            browser.driver.findElement(By.id("tenant:adminEmail")).sendKeys(adminEmail);
            browser.driver.findElement(By.id("tenant:adminFirstName")).sendKeys("Eva");
            browser.driver.findElement(By.id("tenant:adminLastName")).sendKeys("Fjord");
            browser.driver.findElement(By.id("tenant:create")).click();
            adminPassword = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("temp-password"))).getText();
            adminUsername = browser.driver.findElement(By.id("created-username")).getText();
            assertTrue(browser.driver.findElement(By.id("tenants:list")).getText().contains(business));
        }
        assertEquals(adminEmail, adminUsername);

        String frontlineUsername = "kafe-" + suffix;
        String frontlinePassword;
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(adminUsername, adminPassword, "Admin-" + suffix);
            assertEquals(business, browser.driver.findElement(By.id("tenant-name")).getText());
            browser.driver.findElement(By.id("admin-locations")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("location:name"))).sendKeys("Fjordkaia");
            browser.driver.findElement(By.id("location:address")).sendKeys("Kaia 1, Bergen");
            browser.driver.findElement(By.id("location:add")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("locations"), "Fjordkaia"));

            browser.driver.findElement(By.id("nav-staff")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff:username"))).sendKeys(frontlineUsername);
            browser.driver.findElement(By.id("staff:email")).sendKeys(frontlineUsername + "@kafe-fjord.example");
            browser.driver.findElement(By.id("staff:firstName")).sendKeys("Ole");
            browser.driver.findElement(By.id("staff:lastName")).sendKeys("Brygge");
            browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='frontline']")).click();
            browser.driver.findElement(By.id("staff:add")).click();
            frontlinePassword = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("temp-password"))).getText();
            assertTrue(browser.driver.findElement(By.id("members:list")).getText().contains(frontlineUsername));
        }

        String what = "Kaffen var kald " + suffix;
        String newPassword = "Front-" + suffix;
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(frontlineUsername, frontlinePassword, newPassword);
            assertEquals(business, browser.driver.findElement(By.id("tenant-name")).getText());
            // a business without incidents: its list says so (not "no match") and offers to log the first
            browser.driver.get(Deployments.APP + "/incidents/list.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:log-first")));
            assertTrue(browser.driver.findElements(By.id("empty-filtered")).isEmpty(), "an empty business reads as a filter");
            browser.driver.findElement(By.id("log-incident")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("incident:save")));
            new Select(browser.driver.findElement(By.id("incident:locationId"))).selectByVisibleText("Fjordkaia");
            new Select(browser.driver.findElement(By.id("incident:categoryId"))).selectByIndex(1);
            new Select(browser.driver.findElement(By.id("incident:rootCause"))).selectByValue("PRODUCT");
            browser.driver.findElement(By.id("incident:whatHappened")).sendKeys(what);
            browser.driver.findElement(By.id("incident:save")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("whatHappened"), what));
            browser.driver.get(Deployments.APP + "/admin/staff.xhtml");
            assertEquals("403", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("error-title"))).getAttribute("data-status"), "a frontline user opened the staff page");
        }

        String token = Keycloak.freshToken(frontlineUsername, newPassword);
        Api.Answer created = Api.post("/incidents", token, Drafts.incidentWith(token, "Over the API " + suffix).build());
        assertEquals(201, created.status(), created.body());
        Api.Answer list = Api.get("/incidents", token);
        assertEquals(2, list.json().getInt("total"), list.body());
        assertFalse(Api.get("/incidents?limit=200", Keycloak.token("bistro-frontline")).body().contains(suffix),
                "the restaurant sees the new tenant's incidents");

        String operator = Keycloak.token("operator");
        JsonObject tenant = Api.get("/operator/tenants", operator).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("name").equals(business)).findFirst().orElseThrow();
        assertEquals(List.of(2, 2L), List.of(tenant.getInt("users"), tenant.getJsonNumber("incidentsThisMonth").longValue()));
        long tenantId = tenant.getJsonNumber("id").longValue();

        assertEquals(200, Api.post("/operator/tenants/" + tenantId + "/suspend", operator, Json.createObjectBuilder().build()).status());
        Api.Answer refused = Api.get("/incidents", token);
        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("detail").contains("suspended"), refused.body());
        try (Browser browser = new Browser(1280, 900)) {
            browser.driver.get(Deployments.APP + "/");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(frontlineUsername);
            if (browser.driver.findElements(By.id("password")).isEmpty()) {
                browser.driver.findElement(By.id("kc-login")).click();
            }
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(newPassword);
            browser.driver.findElement(By.id("kc-login")).click();
            assertEquals("403", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("error-title"))).getAttribute("data-status"));
            assertTrue(browser.driver.findElement(By.id("error-text")).getText().contains("suspendert"),
                    browser.driver.findElement(By.id("error-text")).getText());
        }
        assertEquals(200, Api.post("/operator/tenants/" + tenantId + "/reactivate", operator, Json.createObjectBuilder().build()).status());
        assertEquals(2, Api.get("/incidents", token).json().getInt("total"), "data was lost while suspended");
    }

    @Test
    void aFailedCreationLeavesNothingBehind() {
        String operator = Keycloak.token("operator");
        String business = "Dup " + UUID.randomUUID().toString().substring(0, 8);
        long tenantsBefore = Database.count("select count(*) from tenant");
        // the administrator's e-mail belongs to an existing user: the organization made first must be removed again
        Api.Answer answer = Api.post("/operator/tenants", operator, Json.createObjectBuilder()
                .add("name", business).add("businessType", "HOTEL").add("country", "HR").add("currency", "EUR")
                .add("language", "hr").add("timeZone", "Europe/Zagreb").add("adminEmail", "frontline@bistro-nord.example")
                .add("adminFirstName", "Dup").add("adminLastName", "Licate").build());
        assertEquals(409, answer.status(), answer.body());
        assertEquals(tenantsBefore, Database.count("select count(*) from tenant"));
        assertFalse(Keycloak.organizationNames().contains(business), "a half-made organization remained");

        Api.Answer invalid = Api.post("/operator/tenants", operator, Json.createObjectBuilder()
                .add("name", business).add("currency", "KRONER").build());
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.body().contains("currency"), invalid.body());
    }

    @Test
    void rolesAreCheckedOnTheServer() {
        String frontline = Keycloak.token("bistro-frontline");
        assertEquals(403, Api.get("/operator/tenants", frontline).status());
        assertEquals(403, Api.get("/admin/staff", frontline).status());
        assertEquals(403, Api.get("/incidents", Keycloak.token("bistro-admin")).status());
        assertEquals(403, Api.get("/incidents", Keycloak.token("operator")).status());
        assertEquals(200, Api.get("/admin/staff", Keycloak.token("bistro-admin")).status());
    }
}
