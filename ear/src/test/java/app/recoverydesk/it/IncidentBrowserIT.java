package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A newcomer's first minutes, in a real browser: sign in, log an incident, see it; another tenant does not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentBrowserIT {

    @Test
    void onAPhoneTheFormFitsAndACaseCanBeFoundMovedOnAndDocumented() throws java.io.IOException {
        String marker = "telefon" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(375, 812)) {
            browser.signIn("bistro-frontline");
            browser.driver.findElement(By.id("log-incident")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("incident:save")));
            browser.screenshot("log-incident-375px");
            assertEquals(375L, ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.clientWidth"), "the page is not seen at phone width");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "const w = document.documentElement.clientWidth;"
                    + "const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1);"
                    + "return wide.map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join(' ');");
            assertEquals("", overflow, "elements wider than the 375 px phone");

            new Select(browser.driver.findElement(By.id("incident:locationId"))).selectByIndex(1);
            new Select(browser.driver.findElement(By.id("incident:categoryId"))).selectByIndex(2);
            new Select(browser.driver.findElement(By.id("incident:rootCause"))).selectByValue("EMPLOYEE");
            browser.driver.findElement(By.id("incident:whatHappened")).sendKeys("Feil rett servert " + marker);
            browser.driver.findElement(By.id("incident:save")).click();

            // logging opens the new case; it is also found in the list
            browser.waiting().until(ExpectedConditions.textToBe(By.id("whatHappened"), "Feil rett servert " + marker));
            browser.driver.get(Deployments.APP + "/incidents/list.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:incidents")));
            browser.driver.findElement(By.id("list:text")).sendKeys(marker);
            browser.driver.findElement(By.id("list:search")).click();
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.incident-link"), 1));
            // the table is re-rendered by the search: click the row of this incident once it stands still
            By found = By.xpath("//tr[td[contains(., '" + marker + "')]]//a[contains(@class, 'incident-link')]");
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        d.findElement(found).click();
                        return true;
                    });

            browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("button[data-status='RECOVERING']"))).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Under gjenoppretting"));
            assertTrue(browser.driver.findElement(By.id("timeline")).getText().contains("Status: Åpen → Under gjenoppretting"),
                    browser.driver.findElement(By.id("timeline")).getText());

            java.nio.file.Path photo = java.nio.file.Files.createTempFile("cold-plate", ".png");
            java.nio.file.Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
            browser.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(photo.toString());
            browser.driver.findElement(By.id("attach:upload")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"),
                    photo.getFileName().toString()));
        }
    }

    @Test
    void restaurantStaffLogAnIncidentInNorwegianAndSeeItListed_hotelStaffDoNot() {
        String what = "Kald suppe servert " + UUID.randomUUID();
        String incidentHref;
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("bistro-frontline");
            assertEquals("Bistro Nord", browser.driver.findElement(By.id("tenant-name")).getText());
            assertEquals("nb", browser.driver.findElement(By.tagName("html")).getAttribute("lang"),
                    "the restaurant's pages are not in Norwegian by default");
            assertEquals("Registrer hendelse", browser.driver.findElement(By.id("log-incident")).getText());

            browser.driver.findElement(By.id("log-incident")).click();
            WebElement save = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("incident:save")));

            // first without a root cause or text: the form says what is missing and keeps the rest
            new Select(browser.driver.findElement(By.id("incident:locationId"))).selectByIndex(1);
            save.click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='incident:save']")));
            assertTrue(browser.driver.getPageSource().contains("må fylles ut"),
                    "no Norwegian validation message for the missing fields");

            new Select(browser.driver.findElement(By.id("incident:categoryId"))).selectByIndex(1);
            new Select(browser.driver.findElement(By.id("incident:rootCause"))).selectByValue("PROCESS");
            new Select(browser.driver.findElement(By.id("incident:severity"))).selectByValue("HIGH");
            browser.driver.findElement(By.id("incident:whatHappened")).sendKeys(what);
            browser.screenshot("log-incident-form");
            browser.driver.findElement(By.id("incident:save")).click();

            browser.waiting().until(ExpectedConditions.textToBe(By.id("whatHappened"), what));
            browser.driver.get(Deployments.APP + "/incidents/list.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:incidents")));
            WebElement row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[contains(., '" + what + "')]]")));
            assertTrue(row.getText().contains("Prosess"), "root cause not shown in Norwegian: " + row.getText());
            incidentHref = row.findElement(By.cssSelector("a.incident-link")).getAttribute("href");

            browser.driver.findElement(By.cssSelector("#language a[lang='en']")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Incidents"));
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));

            browser.driver.get(incidentHref);
            assertEquals(what, browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("whatHappened"))).getText());
            assertEquals("Food not served", browser.driver.findElement(By.id("category")).getText());
            assertTrue(browser.driver.findElement(By.id("timeline")).getText().contains("bistro-frontline"),
                    "the timeline does not show who logged the incident");
        }

        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("hotel-frontline");
            assertEquals("Hotel Adriatic", browser.driver.findElement(By.id("tenant-name")).getText());
            browser.driver.findElement(By.id("incident-list")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:incidents")));
            assertFalse(browser.driver.getPageSource().contains(what), "the hotel sees the restaurant's incident");

            browser.driver.get(incidentHref);
            assertEquals("404", browser.waiting().until(
                    ExpectedConditions.presenceOfElementLocated(By.id("error-title"))).getAttribute("data-status"),
                    "the restaurant's incident page is not a 404 for the hotel");
            assertFalse(browser.driver.getPageSource().contains(what), "the 404 page leaks the incident");
        }
    }
}
