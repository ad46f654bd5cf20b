package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every administration, platform and management page and endpoint refuses frontline staff, and the platform
 * operator gets no case endpoint. Pages and endpoints are enumerated, so new ones are covered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesIT {

    @Test
    void frontlineStaffGet403OnEveryAdministrationAndPlatformEndpoint_andTheOperatorOnEveryCaseEndpoint() {
        JsonObject paths = Api.get("/openapi?format=JSON", null).json().getJsonObject("paths");
        String frontline = Keycloak.token("bistro-frontline");
        String operator = Keycloak.token("operator");
        List<String> tried = new ArrayList<>();
        paths.forEach((template, operations) -> operations.asJsonObject().keySet().forEach(method -> {
            String url = template.replaceAll("\\{[^}]+}", "1").substring("/api/v1".length());
            boolean guarded = template.startsWith("/api/v1/admin") || template.startsWith("/api/v1/operator")
                    || template.startsWith("/api/v1/customers")
                    || template.startsWith("/api/v1/audit")
                    || template.startsWith("/api/v1/reports")
                    || template.startsWith("/api/v1/approvals/{recoveryId}/decision")
                    || template.startsWith("/api/v1/approvals/{recoveryId}/assignee")
                    || (template.equals("/api/v1/approvals") && method.equals("get"))
                    || (template.startsWith("/api/v1/recovery-options") && !method.equals("get"))
                    || template.startsWith("/api/v1/locations/{locationId}/volumes");
            boolean cases = template.startsWith("/api/v1/incidents") || template.startsWith("/api/v1/recovery-options")
                    || template.startsWith("/api/v1/approvals") || template.startsWith("/api/v1/promises")
                    || template.startsWith("/api/v1/notifications") || template.startsWith("/api/v1/initiatives")
                    || template.startsWith("/api/v1/reports");
            if (!guarded && !cases) {
                return;
            }
            String token = guarded ? frontline : operator;
            int status = switch (method) {
                case "get" -> Api.get(url, token).status();
                case "put" -> Api.put(url, token, Json.createObjectBuilder().build()).status();
                case "delete" -> Api.delete(url, token).status();
                default -> Api.post(url, token, Json.createObjectBuilder().build()).status();
            };
            assertEquals(403, status, method.toUpperCase() + " " + template + " did not refuse the role");
            tried.add(method + " " + template);
        }));
        assertTrue(tried.size() >= 15, "too few operations enumerated: " + tried);
    }

    @Test
    void frontlineStaffGet403OnEveryAdministrationAndPlatformPage() throws IOException {
        Path webapp = Path.of(System.getProperty("recovery.webapp", "../web/src/main/webapp"));
        List<String> pages;
        try (Stream<Path> files = Stream.of("admin", "operator", "manage", "initiatives", "reports", "customers", "audit", "volumes")
                .flatMap(dir -> walk(webapp.resolve(dir)))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() >= 8, "too few pages enumerated: " + pages);
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("bistro-frontline");
            for (String page : pages) {
                browser.driver.get(Deployments.APP + page);
                assertEquals("403", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.id("error-title"))).getAttribute("data-status"), page + " is open to frontline staff");
            }
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
