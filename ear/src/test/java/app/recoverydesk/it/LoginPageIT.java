package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keycloak's sign-in pages in the product's look and the user's language. The browser says en-US: the first step,
 * before Keycloak knows who signs in, follows the browser; from the password step on the page is in the language
 * of the user's business (the demo users' and every hired member's Keycloak locale).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPageIT {

    private record Step(String lang, String title, String passwordLabel) {
    }

    /** Enters the username on the first page; answers the password page as it reads. */
    private static Step passwordStep(Browser browser, String username) {
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        return new Step(browser.driver.findElement(By.tagName("html")).getAttribute("lang"),
                browser.driver.findElement(By.id("kc-page-title")).getText().strip(),
                browser.driver.findElement(By.cssSelector("label[for='password']")).getText().strip());
    }

    private static void openSignIn(Browser browser) {
        browser.driver.get(Deployments.APP + "/");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    @Test
    void theSignInPageHasTheProductsLookAndIsNorwegianForBistroNord() {
        try (Browser browser = new Browser(375, 800)) {
            openSignIn(browser);
            assertEquals("Recovery Desk", browser.driver.findElement(By.id("kc-header-wrapper")).getText().strip());
            assertFalse(browser.driver.findElements(By.cssSelector("link[href$='/css/recovery-desk.css']")).isEmpty(),
                    "the product's stylesheet is loaded");
            assertEquals("rgba(31, 59, 87, 1)", browser.driver.findElement(By.id("kc-header")).getCssValue("background-color"),
                    "the header has the product's blue");
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"),
                    "before the user is known: the browser's language");
            assertEquals(new Step("no", "Logg inn på kontoen din", "Passord"), passwordStep(browser, "bistro-frontline"));
            browser.screenshot("login-password-nb-375");
        }
    }

    @Test
    void aPolishBusinesssUserGetsPolish() {
        try (Browser browser = new Browser(1366, 800)) {
            openSignIn(browser);
            assertEquals(new Step("pl", "Zaloguj się na swoje konto", "Hasło"), passwordStep(browser, "rental-frontline"));
        }
    }

    @Test
    void aMemberHiredInTheAppGetsTheBusinesssLanguage() {
        String username = "kokk-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer hired = Api.post("/admin/staff", Keycloak.token("bistro-admin"), Json.createObjectBuilder()
                .add("username", username).add("email", username + "@bistro-nord.example").add("firstName", "Per")
                .add("lastName", "Kokk").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, hired.status(), hired.body());
        try (Browser browser = new Browser(1366, 800)) {
            openSignIn(browser);
            assertEquals("no", passwordStep(browser, username).lang());
        }
    }
}
