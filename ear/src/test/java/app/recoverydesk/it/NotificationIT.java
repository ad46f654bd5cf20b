package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Managers hear of an exception request at once: the request raises the unread count of the managers of its location
 * (in the header, without a reload), and of nobody else, in no other tenant; each reader marks their notices read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    private static final String FRONTLINE = "bistro-frontline";
    private static final String MANAGER = "bistro-manager";
    private static final String EXECUTIVE = "bistro-executive";
    private static final String ADMIN = "bistro-admin";
    private static final String OTHER_TENANT_MANAGER = "hotel-manager";

    private static int unread(String user) {
        Api.Answer answer = Api.get("/notifications/unread", Keycloak.token(user));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getInt("unread");
    }

    private static List<Long> locations() {
        return Api.get("/locations", Keycloak.token(MANAGER)).jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).sorted().toList();
    }

    /** An exception request at this location: a grant above a fresh option's per-incident limit. */
    private static long requestAt(long location) {
        long incident = Drafts.log(FRONTLINE, Drafts.incident(FRONTLINE, "Wrong wine " + UUID.randomUUID())
                .add("locationId", location));
        Api.Answer option = Api.post("/recovery-options", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("name", "Gavekort " + UUID.randomUUID()).add("type", "VOUCHER").add("monetary", true)
                .add("perIncident", "100").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, option.status(), option.body());
        Api.Answer grant = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token(FRONTLINE),
                Json.createObjectBuilder().add("optionId", option.json().getJsonNumber("id").longValue())
                        .add("amount", "250.00").add("reason", "a birthday dinner").build());
        assertEquals(201, grant.status(), grant.body());
        assertEquals("PENDING", grant.json().getString("status"));
        return grant.json().getJsonNumber("id").longValue();
    }

    private static String managerId() {
        return Api.get("/admin/staff", Keycloak.token(ADMIN)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("username").equals(MANAGER)).findFirst().orElseThrow().getString("id");
    }

    private static void assignManagerTo(List<Long> locationIds) {
        var ids = Json.createArrayBuilder();
        locationIds.forEach(ids::add);
        Api.Answer answer = Api.put("/admin/staff/" + managerId() + "/locations", Keycloak.token(ADMIN),
                Json.createObjectBuilder().add("locationIds", ids).build());
        assertTrue(answer.status() < 300, answer.body());
    }

    /** The requests the user's notices are about, unread ones only where asked. */
    private static List<Long> noticedRequests(String user, boolean unreadOnly) {
        return Api.get("/notifications", Keycloak.token(user)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(n -> n.containsKey("recoveryId") && !n.isNull("recoveryId") && (!unreadOnly || !n.getBoolean("read")))
                .map(n -> n.getJsonNumber("recoveryId").longValue()).toList();
    }

    private static void awaitNoticeOf(String user, long request) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!noticedRequests(user, true).contains(request) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(noticedRequests(user, true).contains(request), user + " was not told of request " + request);
    }

    @Test
    void anExceptionRequestRaisesTheCountOfItsLocationsManagersOnly() throws Exception {
        Api.post("/notifications/read", Keycloak.token(MANAGER), Json.createObjectBuilder().build());
        List<Long> places = locations();
        assertTrue(places.size() >= 2, "the test needs a business with two locations: " + places);

        long first = requestAt(places.get(0));
        awaitNoticeOf(MANAGER, first);
        assertTrue(unread(MANAGER) >= 1, "the badge did not count the request");

        assignManagerTo(List.of(places.get(1)));
        long elsewhere;
        long second;
        try {
            elsewhere = requestAt(places.get(0));
            second = requestAt(places.get(1));
            awaitNoticeOf(MANAGER, second);
            List<Long> about = noticedRequests(MANAGER, false);
            // the notices of the first location, the earlier unread one too, are no longer theirs
            assertTrue(!about.contains(first) && !about.contains(elsewhere), "a manager of one location sees " + about);
        } finally {
            assignManagerTo(List.of());
        }
        awaitNoticeOf(MANAGER, elsewhere); // assigned to no location again: all of them
        for (String other : List.of(FRONTLINE, EXECUTIVE, OTHER_TENANT_MANAGER)) {
            List<Long> about = noticedRequests(other, false);
            assertTrue(!about.contains(first) && !about.contains(elsewhere) && !about.contains(second),
                    other + " was told of the requests: " + about);
        }
    }

    private static boolean isRead(String user, long id) {
        return Api.get("/notifications", Keycloak.token(user)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("notice " + id + " is not " + user + "'s")).getBoolean("read");
    }

    @Test
    void eachReaderMarksTheirOwnNoticesRead_andNobodyElses() throws Exception {
        long request = requestAt(locations().get(0));
        awaitNoticeOf(MANAGER, request);
        long id = Api.get("/notifications", Keycloak.token(MANAGER)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(n -> n.containsKey("recoveryId") && n.getJsonNumber("recoveryId").longValue() == request)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(404, Api.post("/notifications/" + id + "/read", Keycloak.token(OTHER_TENANT_MANAGER),
                Json.createObjectBuilder().build()).status(), "another business's manager marked the notice");
        assertEquals(404, Api.post("/notifications/" + id + "/read", Keycloak.token(FRONTLINE),
                Json.createObjectBuilder().build()).status(), "a notice to managers was marked by frontline staff");
        assertFalse(isRead(MANAGER, id), "marked read by someone else");
        assertEquals(204, Api.post("/notifications/" + id + "/read", Keycloak.token(MANAGER),
                Json.createObjectBuilder().build()).status());
        assertEquals(204, Api.post("/notifications/" + id + "/read", Keycloak.token(MANAGER),
                Json.createObjectBuilder().build()).status(), "marking twice is no error");
        assertTrue(isRead(MANAGER, id));
        assertEquals(0, Api.post("/notifications/read", Keycloak.token(MANAGER), Json.createObjectBuilder().build())
                .json().getInt("unread"));
        assertEquals(0, unread(MANAGER));
    }

    /** The badge's number; 0 where it shows none. */
    private static int badge(Browser browser) {
        List<org.openqa.selenium.WebElement> badge = browser.driver.findElements(By.id("bell:unread"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().replace("+", ""));
    }

    @Test
    void theHeaderBadgeCountsUpWithoutAReload_andTheListMarksRead() throws Exception {
        Api.post("/notifications/read", Keycloak.token(MANAGER), Json.createObjectBuilder().build());
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(MANAGER);
            int before = badge(browser);
            ((JavascriptExecutor) browser.driver).executeScript("window.sameDocument = true;");
            requestAt(locations().get(0));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(45))
                    .until(d -> badge(browser) > before);
            assertEquals(true, ((JavascriptExecutor) browser.driver).executeScript("return window.sameDocument === true;"),
                    "the page was reloaded to show the count");

            browser.driver.findElement(By.id("bell:notices")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.notification-unread")));
            int unreadRows = browser.driver.findElements(By.cssSelector("li.notification-unread")).size();
            browser.driver.findElement(By.cssSelector("li.notification-unread button")).click();
            browser.waiting().until(d -> d.findElements(By.cssSelector("li.notification-unread")).size() < unreadRows);
            if (!browser.driver.findElements(By.id("notices:read-all")).isEmpty()) { // shown while some are unread
                browser.driver.findElement(By.id("notices:read-all")).click();
            }
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("bell:unread")));
            assertTrue(browser.driver.findElements(By.cssSelector("li.notification-unread")).isEmpty());
            assertEquals(0, unread(MANAGER));
        }
    }
}
