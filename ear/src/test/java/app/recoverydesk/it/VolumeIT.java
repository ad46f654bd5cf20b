package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A location's daily volume: recorded and replaced over the API (audited), read back, an upload refused whole for
 * one bad line, numbers as people write them; the report's incidents per 1,000 units against the test's own
 * arithmetic, and the initiative gate deciding by the rate where raw counts would decide otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolumeIT {

    static final String ADMIN = "bistro-admin";
    static final String MANAGER = "bistro-manager";
    static final String EXECUTIVE = "bistro-executive";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The test's own locations: no other test records volume or logs incidents there. */
    private static long place;
    private static long other;

    @BeforeAll
    static void locations() {
        place = newLocation("Volume " + UUID.randomUUID().toString().substring(0, 8));
        other = newLocation("Volume other " + UUID.randomUUID().toString().substring(0, 8));
    }

    private static long newLocation(String name) {
        Api.Answer created = Api.post("/admin/locations", Keycloak.token(ADMIN), Json.createObjectBuilder()
                .add("name", name).add("timeZone", OSLO.getId()).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String volumes(long location) {
        return "/locations/" + location + "/volumes";
    }

    private static Api.Answer put(long location, LocalDate day, long units) {
        return Api.put(volumes(location) + "/" + day, Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("units", units).build());
    }

    /** An upload as a client in {@code language} sends it. */
    static Api.Answer upload(long location, String language, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.APP + "/api/v1" + volumes(location)))
                .header("Authorization", "Bearer " + Keycloak.token(MANAGER)).header("Accept", "application/json")
                .header("Accept-Language", language).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), null, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Answer csv(long location, String language, String text) {
        return upload(location, language, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The recorded days of a location as day → units. */
    private static java.util.Map<LocalDate, Long> recorded(long location, LocalDate from, LocalDate to) {
        Api.Answer read = Api.get(volumes(location) + "?from=" + from + "&to=" + to, Keycloak.token(EXECUTIVE));
        assertEquals(200, read.status(), read.body());
        return read.json().getJsonArray("days").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                d -> LocalDate.parse(d.getString("date")), d -> d.getJsonNumber("units").longValue()));
    }

    private static Set<String> named(Api.Answer problem) {
        return problem.json().getJsonArray("invalidParams").stream()
                .map(p -> p.asJsonObject().getString("name")).collect(Collectors.toSet());
    }

    private static String reasons(Api.Answer problem) {
        return problem.json().getJsonArray("invalidParams").stream()
                .map(p -> p.asJsonObject().getString("reason", "")).collect(Collectors.joining(" | "));
    }

    private static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    @Test
    void aDayIsRecordedReplacedAndReadBack_andTheReplacementIsAudited() {
        LocalDate day = today().minusDays(200);
        assertEquals(200, put(place, day, 120).status());
        assertEquals(java.util.Map.of(day, 120L), recorded(place, day, day));
        Api.Answer again = put(place, day, 150);
        assertEquals(200, again.status(), again.body());
        assertEquals(150, again.json().getJsonNumber("units").longValue());
        assertEquals(java.util.Map.of(day, 150L), recorded(place, day.minusDays(3), day.plusDays(3)),
                "one figure per day: the second replaced the first");
        assertEquals(1, Database.count("select count(*) from audit_entry where kind = 'volume.replaced' and subject = ?"
                + " and from_value = '120' and to_value = '150' and actor = ?", "location " + place + ", " + day, MANAGER));
        assertEquals(1, Database.count("select count(*) from audit_entry where kind = 'volume.recorded' and subject = ?",
                "location " + place + ", " + day));

        Api.Answer negative = put(place, day, -1);
        assertEquals(400, negative.status(), negative.body());
        assertEquals(Set.of("units"), named(negative));
        Api.Answer future = put(place, today().plusDays(2), 10);
        assertEquals(400, future.status(), future.body());
        assertEquals(java.util.Map.of(day, 150L), recorded(place, day, day), "refusals changed nothing");
    }

    @Test
    void oneBadLineRefusesTheWholeUploadNamingTheLineAndTheField_andSavesNothing() {
        LocalDate first = today().minusDays(300);
        String good = first + ",100\n" + first.plusDays(1) + ",110\n";
        Api.Answer badUnits = csv(place, "en", "date,units\n" + good + first.plusDays(2) + ",-5\n" + first.plusDays(3) + ",90\n");
        assertEquals(400, badUnits.status(), badUnits.body());
        assertTrue(badUnits.contentType().startsWith("application/problem+json"), badUnits.contentType());
        assertEquals(Set.of("units"), named(badUnits));
        assertTrue(reasons(badUnits).contains("Line 4"), reasons(badUnits));
        Api.Answer badDate = csv(place, "en", good + "2026-02-30,5\n");
        assertEquals(Set.of("date"), named(badDate));
        assertTrue(reasons(badDate).contains("Line 3"), reasons(badDate));
        Api.Answer huge = csv(place, "en", good + first.plusDays(2) + ",18446744073709551618\n");
        assertEquals(Set.of("units"), named(huge), huge.body());
        Api.Answer repeated = csv(place, "en", good + first + ",7\n");
        assertEquals(Set.of("date"), named(repeated), repeated.body());
        assertEquals(java.util.Map.of(), recorded(place, first, first.plusDays(5)), "nothing of a refused upload is saved");

        Api.Answer norwegian = csv(place, "nb", "date,units\n" + first + ",abc\n");
        assertTrue(reasons(norwegian).contains("Linje 2"), "the refusal in the caller's language: " + reasons(norwegian));

        Api.Answer empty = csv(place, "en", "");
        assertEquals(400, empty.status(), empty.body());
        assertEquals(Set.of("body"), named(empty));
        Api.Answer latin1 = upload(place, "en", "text/csv", (first + ",1\nK\u00f8benhavn,2026-01-01,1").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.status(), latin1.body());
        assertEquals(Set.of("body"), named(latin1));
        assertEquals(java.util.Map.of(), recorded(place, first, first.plusDays(5)));
    }

    @Test
    void numbersAndDatesAsTheCallersLanguageWritesThem() {
        LocalDate first = today().minusDays(400);
        DateTimeFormatter dotted = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        // a Norwegian spreadsheet: semicolons, dd.MM.yyyy, a space grouping thousands
        Api.Answer saved = csv(place, "nb", "\uFEFFdato;enheter\r\n" + dotted.format(first) + ";1 760\r\n"
                + first.plusDays(1) + ";2\u00A0005\r\n");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(2, saved.json().getInt("recorded"));
        assertEquals(java.util.Map.of(first, 1760L, first.plusDays(1), 2005L), recorded(place, first, first.plusDays(1)));
        // JSON does the same, and a day sent again with its figure is left as it is
        Api.Answer json = upload(place, "en", "application/json", Json.createObjectBuilder().add("volumes",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("date", first.toString()).add("units", 1760))
                        .add(Json.createObjectBuilder().add("date", first.plusDays(2).toString()).add("units", 30))).build()
                .toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, json.status(), json.body());
        assertEquals(List.of(1, 0, 1), List.of(json.json().getInt("recorded"), json.json().getInt("replaced"),
                json.json().getInt("unchanged")));
    }

    @Test
    void aManagerRecordsOnlyForTheirOwnLocations() throws Exception {
        try (AutoCloseable assigned = DemoData.assignLocations(ADMIN, MANAGER, other)) {
            Api.Answer refused = put(place, today().minusDays(500), 10);
            assertEquals(403, refused.status(), refused.body());
            assertEquals(200, put(other, today().minusDays(500), 10).status());
        }
        assertEquals(java.util.Map.of(), recorded(place, today().minusDays(500), today().minusDays(500)));
    }

    /** The incidents of a test at one of its locations, at noon of each day given, of a root cause. */
    private static void incidents(long location, String rootCause, LocalDate... days) {
        for (LocalDate day : days) {
            Drafts.log(MANAGER, Drafts.incident(MANAGER, "Volume " + UUID.randomUUID()).add("locationId", location)
                    .add("rootCause", rootCause).add("occurredAt", day.atTime(12, 0).atZone(OSLO).toInstant().toString()));
        }
    }

    @Test
    void theReportShowsIncidentsPerThousandUnitsOverTheDaysWithVolume() {
        long location = newLocation("Volume report " + UUID.randomUUID().toString().substring(0, 8));
        LocalDate from = today().minusDays(40);
        LocalDate to = from.plusDays(9);
        // volume for 8 of the 10 days; one incident on a day without volume, which the rate leaves out
        long units = 0;
        StringBuilder file = new StringBuilder("date,units\n");
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            file.append(from.plusDays(i)).append(',').append(300 + 17 * i).append('\n');
            units += 300 + 17 * i;
        }
        assertEquals(200, csv(location, "en", file.toString()).status());
        incidents(location, "PROCESS", from, from.plusDays(1), from.plusDays(1), from.plusDays(9));
        incidents(location, "PROCESS", from.plusDays(4));
        BigDecimal expected = BigDecimal.valueOf(4 * 1000L).divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);

        Api.Answer report = Api.get("/reports/compliance?from=" + from + "&to=" + to + "&location=" + location,
                Keycloak.token(EXECUTIVE));
        assertEquals(200, report.status(), report.body());
        JsonObject volume = report.json().getJsonObject("volume");
        assertEquals("COVERS", volume.getString("unit"), "a restaurant counts covers");
        JsonObject current = volume.getJsonObject("current");
        assertEquals(List.of(4L, units, 8L, 10L), List.of(current.getJsonNumber("incidents").longValue(),
                current.getJsonNumber("units").longValue(), current.getJsonNumber("daysRecorded").longValue(),
                current.getJsonNumber("days").longValue()), current.toString());
        assertEquals(expected, new BigDecimal(current.getString("perThousand")));
        assertEquals(5, report.json().getJsonObject("current").getJsonObject("incidents").getInt("count"),
                "the raw count keeps every incident");
        assertTrue(volume.getJsonObject("previous").isNull("perThousand"), "no volume before: no rate");
        JsonObject row = volume.getJsonArray("byLocation").getJsonObject(0);
        assertEquals(location, row.getJsonNumber("locationId").longValue());
        // the table beside the raw counts: location, incidents, covers, days recorded, per 1,000 units
        var table = report.json().getJsonObject("tables").getJsonObject("volume").getJsonArray("rows").getJsonArray(0);
        assertEquals(List.of("4", String.valueOf(units), "8 of 10 days", expected.toPlainString()),
                List.of(table.getString(1), table.getString(2), table.getString(3), table.getString(4)), table.toString());
    }

    private static Api.Answer move(long initiative, String to, Instant fixedAt) {
        var body = Json.createObjectBuilder().add("to", to);
        if (fixedAt != null) {
            body.add("fixedAt", fixedAt.toString());
        }
        return Api.post("/initiatives/" + initiative + "/transition", Keycloak.token(MANAGER), body.build());
    }

    /** An initiative at one location, verifying with its fix at {@code fixedAt}. */
    private static long verifying(long location, Instant fixedAt) {
        Api.Answer created = Api.post("/initiatives", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("title", "Volume gate " + UUID.randomUUID()).add("problem", "Cold plates").add("rootCause", "MARKETING")
                .add("locationIds", Json.createArrayBuilder().add(location)).add("targetDropPercent", 30)
                .add("windowDays", 3).build());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, move(id, "FIXING", null).status());
        Api.post("/initiatives/" + id + "/items", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("kind", "POLICY").add("title", "Warm plates").add("dueDate", "2030-01-01").build());
        long item = Api.get("/initiatives/" + id, Keycloak.token(MANAGER)).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.post("/initiatives/" + id + "/items/" + item + "/done", Keycloak.token(MANAGER), Json.createObjectBuilder().build());
        Database.update("UPDATE initiative_item SET completed_at = ? WHERE initiative_id = ?",
                java.sql.Timestamp.from(fixedAt.minus(1, ChronoUnit.HOURS)), id);
        Api.Answer verifying = move(id, "VERIFYING", fixedAt);
        assertEquals(200, verifying.status(), verifying.body());
        return id;
    }

    @Test
    void theGateComparesPerThousandUnitsWhereBothWindowsHaveVolume_andRawCountsOtherwise() {
        long withVolume = newLocation("Volume gate " + UUID.randomUUID().toString().substring(0, 8));
        long without = newLocation("Volume gate bare " + UUID.randomUUID().toString().substring(0, 8));
        LocalDate fixDay = today().minusDays(4);
        Instant fixedAt = fixDay.atStartOfDay(OSLO).toInstant();
        LocalDate[] before = {fixDay.minusDays(3), fixDay.minusDays(2), fixDay.minusDays(1), fixDay.minusDays(1)};
        LocalDate[] after = {fixDay, fixDay.plusDays(1), fixDay.plusDays(1), fixDay.plusDays(2)};
        // the same four incidents before and after: by raw count, no drop at all
        for (long location : List.of(withVolume, without)) {
            incidents(location, "MARKETING", before);
            incidents(location, "MARKETING", after);
        }
        // but the restaurant served twice the covers after the fix
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            file.append(fixDay.minusDays(i)).append(",1000\n");
            file.append(fixDay.plusDays(i - 1)).append(",2000\n");
        }
        assertEquals(200, csv(withVolume, "en", file.toString()).status());
        BigDecimal beforeRate = BigDecimal.valueOf(4 * 1000L).divide(BigDecimal.valueOf(3000), 4, RoundingMode.HALF_UP);
        BigDecimal afterRate = BigDecimal.valueOf(4 * 1000L).divide(BigDecimal.valueOf(6000), 4, RoundingMode.HALF_UP);
        int drop = beforeRate.subtract(afterRate).multiply(BigDecimal.valueOf(100)).divide(beforeRate, 0, RoundingMode.DOWN)
                .intValueExact();

        long byRate = verifying(withVolume, fixedAt);
        JsonObject measure = Api.get("/initiatives/" + byRate, Keycloak.token(MANAGER)).json().getJsonObject("measure");
        assertEquals(List.of(4L, 4L), List.of(measure.getJsonNumber("before").longValue(), measure.getJsonNumber("after").longValue()));
        assertEquals("RATE", measure.getString("basis"), measure.toString());
        assertEquals(beforeRate, new BigDecimal(measure.getJsonObject("beforeRate").getString("perThousand")));
        assertEquals(afterRate, new BigDecimal(measure.getJsonObject("afterRate").getString("perThousand")));
        assertEquals(drop, measure.getInt("dropPercent"));
        Api.Answer verified = move(byRate, "VERIFIED", null);
        assertEquals(200, verified.status(), verified.body());
        assertEquals("VERIFIED", verified.json().getString("status"));

        long byCount = verifying(without, fixedAt);
        Api.Answer refused = move(byCount, "VERIFIED", null);
        assertEquals(409, refused.status(), refused.body());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("raw incident count") && detail.contains("measured: 0 %"), detail);
        assertEquals("COUNT", Api.get("/initiatives/" + byCount, Keycloak.token(MANAGER)).json().getJsonObject("measure")
                .getString("basis"));
    }

    @Test
    void theUploadPageAtPhoneAndDeskWidths() throws IOException {
        long location = newLocation("Volume page " + UUID.randomUUID().toString().substring(0, 8));
        LocalDate day = today().minusDays(3);
        Path good = Files.createTempFile("volume", ".csv");
        Path bad = Files.createTempFile("volume-bad", ".csv");
        DateTimeFormatter dotted = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        Files.writeString(good, "dato;enheter\n" + dotted.format(day.minusDays(1)) + ";1 240\n" + dotted.format(day) + ";980\n");
        Files.writeString(bad, "dato;enheter\n" + dotted.format(day) + ";12\n" + dotted.format(day.minusDays(1)) + ";mange\n");
        for (int width : new int[] {375, 1366}) {
            try (Browser browser = new Browser(width, 900)) {
                browser.signIn(ADMIN);
                browser.driver.findElement(By.id("volume")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("volume:file")));
                new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("volume:locationId")))
                        .selectByValue(String.valueOf(location));
                var before = recorded(location, day.minusDays(1), day);
                browser.driver.findElement(By.id("volume:file")).sendKeys(bad.toAbsolutePath().toString());
                browser.driver.findElement(By.id("volume:upload")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Linje 3"));
                assertEquals(String.valueOf(location), new org.openqa.selenium.support.ui.Select(
                        browser.driver.findElement(By.id("volume:locationId"))).getFirstSelectedOption().getAttribute("value"),
                        "the location chosen is kept");
                assertEquals(before, recorded(location, day.minusDays(1), day), "nothing of the bad file saved");

                browser.driver.findElement(By.id("volume:file")).sendKeys(good.toAbsolutePath().toString());
                browser.driver.findElement(By.id("volume:upload")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent"), "980"));
                assertTrue(browser.driver.findElement(By.id("recent")).getText().replaceAll("[\u00A0\u202F]", " ")
                        .contains("1 240"), "units grouped the Norwegian way: " + browser.driver.findElement(By.id("recent")).getText());
                assertTrue(browser.driver.findElement(By.id("volume-unit")).getText().contains("Kuverter"),
                        browser.driver.findElement(By.id("volume-unit")).getText());
                browser.screenshot("volume-" + width);
                assertEquals(java.util.Map.of(day.minusDays(1), 1240L, day, 980L), recorded(location, day.minusDays(1), day));
            }
        }
    }
}
