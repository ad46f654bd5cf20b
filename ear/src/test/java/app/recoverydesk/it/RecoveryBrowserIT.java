package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dead battery: the rental desk reimburses a taxi within its limit at once, asks a manager for a dearer one,
 * and sees the manager's approval appear on the case without reloading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecoveryBrowserIT {

    private static void grantTaxi(Browser browser, String amount, String reason) {
        WebElement option = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grant:optionId")));
        Select select = new Select(option);
        select.getOptions().stream().filter(o -> o.getText().startsWith("Zwrot kosztów taksówki")).findFirst()
                .orElseThrow(() -> new AssertionError("no taxi option in " + option.getText())).click();
        browser.driver.findElement(By.id("grant:amount")).sendKeys(amount);
        if (reason != null) {
            browser.driver.findElement(By.id("grant:reason")).sendKeys(reason);
        }
        browser.driver.findElement(By.id("grant:submit")).click();
    }

    @Test
    void aTaxiWithinTheLimitIsGrantedAtOnce_aDearerOneIsApprovedByTheManagerAndTheDeskSeesIt() {
        long incident = Drafts.log("rental-frontline", Drafts.incident("rental-frontline",
                "Akumulator rozładowany " + UUID.randomUUID()));
        String page = Deployments.APP + "/incidents/view.xhtml?id=" + incident;
        try (Browser desk = new Browser(1280, 900)) {
            desk.signIn("rental-frontline");
            desk.driver.get(page);
            grantTaxi(desk, "150", null);
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.recovery[data-status='GRANTED']")));
            assertEquals("W naprawie", desk.driver.findElement(By.id("status")).getText());

            grantTaxi(desk, "300", "Noc, brak autobusów do Krakowa");
            WebElement pending = desk.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("li.recovery[data-status='PENDING']")));
            assertTrue(pending.getText().contains("Czeka na zatwierdzenie"), pending.getText());
            assertEquals("Czeka na zatwierdzenie", desk.driver.findElement(By.id("status")).getText());

            try (Browser manager = new Browser(1280, 900)) {
                manager.signIn("rental-manager");
                manager.driver.findElement(By.id("approvals")).click();
                WebElement row = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tr[.//a[contains(@href, 'id=" + incident + "')]]")));
                assertTrue(row.getText().contains("Noc, brak autobusów do Krakowa"), row.getText());
                row.findElement(By.cssSelector("button[id$=':approve']")).click();
                manager.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                        By.xpath("//tr[.//a[contains(@href, 'id=" + incident + "')]]")));
            }

            // no reload: the page polls for the decision
            new WebDriverWait(desk.driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("li.recovery[data-status='APPROVED']")));
            assertTrue(desk.driver.findElement(By.cssSelector("li.recovery[data-status='APPROVED']")).getText()
                    .contains("rental-manager"));
        }
    }
}
