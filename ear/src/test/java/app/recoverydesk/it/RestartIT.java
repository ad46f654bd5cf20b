package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A business's one-box installation survives a restart: what the operator, the tenant admin and the staff made
 * in the app — the organization, the accounts with the passwords they chose, a case with its photo and its
 * recovery — is all there after both servers were stopped the way Ctrl-C stops them and started again. Runs
 * after the Arquillian suite, on servers started by the scripts ./run.sh uses.
 */
class RestartIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void theApplicationRunsAsRunShStartsIt() {
        Servers.start("wildfly");
    }

    @AfterAll
    static void stop() {
        Servers.stop("wildfly");
    }

    @Test
    void everythingMadeInTheAppIsThereAfterBothServersRestart() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Answer tenant = Api.post("/operator/tenants", Keycloak.freshToken("operator", "demo"), Json.createObjectBuilder()
                .add("name", "Fjordhotell " + suffix).add("businessType", "HOTEL").add("country", "NO")
                .add("currency", "NOK").add("language", "nb").add("timeZone", "Europe/Oslo")
                .add("adminEmail", "admin-" + suffix + "@fjordhotell.example")
                .add("adminFirstName", "Siri").add("adminLastName", "Fjord").build());
        assertEquals(201, tenant.status(), tenant.body());
        String admin = tenant.json().getString("username");
        String adminPassword = "Admin-" + suffix + "-pw";
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(admin, tenant.json().getString("temporaryPassword"), adminPassword);
        }
        String adminToken = Keycloak.freshToken(admin, adminPassword);
        Api.Answer location = Api.post("/admin/locations", adminToken, Json.createObjectBuilder()
                .add("name", "Bryggen " + suffix).add("address", "Bryggen 1, Bergen").add("timeZone", "Europe/Oslo").build());
        assertEquals(201, location.status(), location.body());
        String member = "resepsjon-" + suffix;
        Api.Answer hired = Api.post("/admin/staff", adminToken, Json.createObjectBuilder()
                .add("username", member).add("email", member + "@fjordhotell.example").add("firstName", "Ola")
                .add("lastName", "Resepsjon").add("roles", Json.createArrayBuilder().add("frontline").add("manager"))
                .add("locationIds", Json.createArrayBuilder().add(location.json().getJsonNumber("id").longValue())).build());
        assertEquals(201, hired.status(), hired.body());
        String password = "Kveldsvakt-" + suffix;
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(member, hired.json().getString("temporaryPassword"), password);
        }

        String staff = Keycloak.freshToken(member, password);
        String what = "Rommet var ikke klart " + suffix;
        long incident = id(Api.post("/incidents", staff, Drafts.incidentWith(staff, what).build()));
        byte[] photo = pdf(40_000);
        Api.Answer attachment = Api.postBytes("/incidents/" + incident + "/attachments?name=room.pdf", staff,
                "application/pdf", photo);
        assertEquals(201, attachment.status(), attachment.body());
        long option = id(Api.post("/recovery-options", staff, Json.createObjectBuilder().add("name", "Dinner " + suffix)
                .add("type", "VOUCHER").add("monetary", true).add("perIncident", "500")
                .add("roles", Json.createArrayBuilder().add("frontline")).build()));
        Api.Answer recovery = Api.post("/incidents/" + incident + "/recoveries", staff, Json.createObjectBuilder()
                .add("optionId", option).add("amount", "450.00").build());
        assertEquals(201, recovery.status(), recovery.body());

        // A realm setting changed by hand is set back from the realm file at the next start (the realm update).
        RealmAdmin.put(Json.createObjectBuilder().add("passwordPolicy", "length(4)").build());

        // An upload in flight when the stop begins completes, or is refused cleanly; nothing half-written.
        CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(HttpRequest.newBuilder(
                        URI.create(Deployments.APP + "/api/v1/incidents/" + incident + "/attachments?name=late.pdf"))
                .header("Authorization", "Bearer " + staff).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slowly(pdf(300_000)))).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1000);
        Servers.stop("wildfly");
        Servers.stop("keycloak");
        HttpResponse<String> late = inFlight.get();
        assertTrue(late.statusCode() == 201 || late.statusCode() == 503, late.statusCode() + " " + late.body());

        Servers.start("keycloak");
        Servers.start("wildfly");

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:9000/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "Keycloak's readiness: " + health.body());
        String again = Keycloak.freshToken(member, password);
        JsonObject view = Api.get("/incidents/" + incident, again).json();
        assertEquals(what, view.getJsonObject("incident").getString("whatHappened"));
        Api.Answer files = Api.get("/incidents/" + incident + "/attachments", again);
        assertEquals(late.statusCode() == 201 ? 2 : 1, files.jsonArray().size(), files.body());
        long attachmentId = attachment.json().getJsonNumber("id").longValue();
        HttpResponse<byte[]> download = Api.download("/incidents/" + incident + "/attachments/" + attachmentId, again);
        assertEquals(200, download.statusCode());
        assertArrayEquals(photo, download.body());
        Api.Answer recoveries = Api.get("/incidents/" + incident + "/recoveries", again);
        assertEquals("450.00", recoveries.jsonArray().getJsonObject(0).getJsonObject("amount").getString("amount"),
                recoveries.body());
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(member, password, null);
            browser.driver.get(Deployments.APP + "/incidents/view.xhtml?id=" + incident);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), what));
        }
        assertEquals(file().getString("passwordPolicy"), RealmAdmin.get().getString("passwordPolicy"));
    }

    private static long id(Api.Answer created) {
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes();
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** A phone on a slow line: the body arrives over about four seconds. */
    private static InputStream slowly(byte[] body) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(b, off, Math.min(len, body.length / 20 + 1));
            }
        };
    }

    private static JsonObject file() throws Exception {
        return Json.createReader(new StringReader(Files.readString(
                Servers.ROOT.resolve("keycloak/src/main/realm/recovery-realm.json")))).readObject();
    }
}
