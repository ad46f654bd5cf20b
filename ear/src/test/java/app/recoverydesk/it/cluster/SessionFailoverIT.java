package app.recoverydesk.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.it.Browser;
import app.recoverydesk.it.Database;
import app.recoverydesk.it.Drafts;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager half-way through a form loses nothing when the node holding the session crashes: the form goes to the
 * other node, which has the session and the page's state, and the change is saved without signing in again.
 */
class SessionFailoverIT {

    private static final String MANAGER = "bistro-manager";
    private static String killed;

    @BeforeAll
    static void cluster() {
        Cluster.start();
    }

    @AfterAll
    static void restartTheKilledNode() {
        if (killed != null) {
            Cluster.restart("wildfly-" + killed);
        }
    }

    @Test
    void aFormHalfFilledOnANodeThatCrashesIsSavedOnTheOther() throws Exception {
        long incident = Drafts.log(MANAGER, Drafts.incident(MANAGER, "Kald suppe " + UUID.randomUUID()));
        String corrected = "Kald suppe, servert to ganger " + UUID.randomUUID();
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(MANAGER);
            browser.driver.get(Cluster.APP + "/incidents/edit.xhtml?id=" + incident);
            WebElement what = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("incident:whatHappened")));
            what.clear();
            what.sendKeys(corrected);

            Cookie affinity = browser.driver.manage().getCookieNamed(Cluster.AFFINITY_COOKIE);
            assertTrue(affinity != null, "the balancer's affinity cookie");
            killed = affinity.getValue();
            Cluster.kill("wildfly-" + killed);

            browser.driver.findElement(By.id("incident:save")).click();
            try {
                browser.waiting().until(ExpectedConditions.urlContains("/incidents/view.xhtml"));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("session-failover");
                throw new AssertionError("not saved; the page says: "
                        + browser.driver.findElement(By.tagName("body")).getText(), e);
            }
            assertTrue(browser.driver.getCurrentUrl().startsWith(Cluster.APP), browser.driver.getCurrentUrl());
            assertTrue(browser.driver.findElement(By.tagName("body")).getText().contains(corrected),
                    "the saved text on the case's page");
            assertFalse(browser.driver.findElements(By.id("tenant-name")).isEmpty(), "still signed in");
            Cookie now = browser.driver.manage().getCookieNamed(Cluster.AFFINITY_COOKIE);
            assertNotEquals(killed, now.getValue(), "the other node answered");
        }
        assertEquals(corrected, Database.query("select what_happened from incident where id = ?", incident).get(0).get(0));
    }
}
