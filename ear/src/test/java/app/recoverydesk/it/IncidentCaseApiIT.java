package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.infrastructure.SearchWordBackfill;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A case over its life through the API: filters, lifecycle, concurrent edits, repeat customers, attachments. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentCaseApiIT {

    private static final String BISTRO = "bistro-frontline";

    private static String token() {
        return Keycloak.token(BISTRO);
    }

    private static List<Long> ids(String query) {
        Api.Answer answer = Api.get("/incidents?" + query, token());
        assertEquals(200, answer.status(), query + ": " + answer.body());
        return answer.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void theListFiltersSortsAndPagesWithinTheTenant() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long old = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Soup cold " + marker)
                .add("occurredAt", Instant.now().minus(20, ChronoUnit.DAYS).toString()).add("severity", "LOW"));
        long critical = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Bill wrong " + marker)
                .add("severity", "CRITICAL").add("rootCause", "POLICY"));
        long medium = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Waited long " + marker)
                .add("severity", "MEDIUM").add("customerExpected", "A table within ten minutes"));

        assertEquals(List.of(medium, critical, old), ids("q=" + marker));
        assertEquals(List.of(critical), ids("q=" + marker + "&severity=CRITICAL"));
        assertEquals(List.of(critical), ids("q=" + marker + "&rootCause=POLICY"));
        assertEquals(List.of(medium), ids("q=" + marker + "%20table"), "the customer's expectation is searched too");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        assertEquals(List.of(medium, critical), ids("q=" + marker + "&from=" + today.minusDays(2) + "&to=" + today));
        assertEquals(List.of(old), ids("q=" + marker + "&to=" + today.minusDays(10)));
        assertEquals(List.of(critical, medium, old), ids("q=" + marker + "&sort=-severity"));
        assertEquals(List.of(old, critical, medium), ids("q=" + marker + "&sort=occurredAt"));
        assertEquals(List.of(critical), ids("q=" + marker + "&limit=1&offset=1"));
        assertEquals(3, Api.get("/incidents?limit=1&q=" + marker, token()).json().getInt("total"));

        Api.Answer move = Api.post("/incidents/" + critical + "/status", token(), Json.createObjectBuilder().add("to", "RECOVERING").build());
        assertEquals(200, move.status(), move.body());
        assertEquals(List.of(critical), ids("q=" + marker + "&status=RECOVERING"));
        assertEquals(List.of(), ids("q=" + marker + "&locationId=" + DemoData.firstLocationId(DemoData.BISTRO) + "&status=CLOSED"));

        JsonObject hotel = Api.get("/incidents?q=" + marker, Keycloak.token("hotel-frontline")).json();
        assertEquals(List.of(), hotel.getJsonArray("items").stream().toList(), "another tenant finds the restaurant's incidents");
        assertEquals(0, hotel.getInt("total"), "another tenant counts the restaurant's incidents");
        assertEquals(400, Api.get("/incidents?severity=HUGE", token()).status());
        assertEquals(400, Api.get("/incidents?from=yesterday", token()).status());
        assertEquals(400, Api.get("/incidents?sort=name", token()).status());
    }

    @Test
    void aRevisedIncidentIsFoundByItsNewWordsOnly() {
        String before = "zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String after = "za" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Crème brûlée burnt " + before));
        assertEquals(List.of(id), ids("q=creme%20BRULEE%20" + before), "case and accents do not matter");

        JsonObject read = Api.get("/incidents/" + id, token()).json().getJsonObject("incident");
        Api.Answer revised = Api.put("/incidents/" + id, token(), Drafts.incident(BISTRO, "Soup served cold " + after)
                .add("occurredAt", read.getString("occurredAt")).add("version", read.getInt("version")).build());
        assertEquals(200, revised.status(), revised.body());

        assertEquals(List.of(), ids("q=" + before), "the old text still finds the incident");
        assertEquals(List.of(id), ids("q=" + after.substring(0, 7) + "%20sou"), "words are matched as prefixes");
        assertEquals(List.of(), ids("q=" + after + "%20brulee"), "every word must occur");
        assertEquals(List.of(), Api.get("/incidents?q=" + after, Keycloak.token("hotel-frontline")).json()
                .getJsonArray("items").stream().toList(), "another tenant finds the restaurant's words");
    }

    @Test
    void aPrefixOfSeveralWordsCountsEachIncidentOnce() {
        String stem = "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long both = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Guest " + stem + "ed, then " + stem + "ing again"));
        long one = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Guest " + stem + "ing once"));
        JsonObject found = Api.get("/incidents?q=" + stem, token()).json();
        assertEquals(List.of(one, both), idsOf(found));
        assertEquals(2, found.getInt("total"), "neither one per word nor the first word's incidents only");
        JsonObject oneWord = Api.get("/incidents?q=" + stem + "e", token()).json();
        assertEquals(List.of(both), idsOf(oneWord));
        assertEquals(1, oneWord.getInt("total"));
        assertEquals(0, Api.get("/incidents?q=" + stem + "x", token()).json().getInt("total"));
    }

    @Test
    void incidentsWrittenOutsideTheApplicationAreFoundOnceTheirWordsAreBackfilled() throws Exception {
        String marker = "zw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long tenant = DemoData.tenantId(DemoData.BISTRO);
        Database.update("insert into incident (tenant_id, location_id, occurred_at, what_happened, severity, root_cause,"
                + " status, created_by, created_at, version, channel) values (?, ?, utc_timestamp(), ?, 'LOW', 'PROCESS',"
                + " 'OPEN', 'import', utc_timestamp(), 0, 'PHONE')", tenant, DemoData.firstLocationId(DemoData.BISTRO),
                "Imported " + marker);
        long id = Database.count("select id from incident where what_happened = ?", "Imported " + marker);
        assertEquals(List.of(), ids("q=" + marker), "found before it has words");

        try (Connection c = Database.connect()) {
            assertTrue(SearchWordBackfill.run(c) >= 1);
        }
        Database.recountIncidents(tenant);
        assertEquals(List.of(id), ids("q=" + marker));
        assertEquals(List.of("imported", marker), Database.query("select word from incident_word where incident_id = ?"
                + " order by word", id).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void aSearchWithManyMatchesPagesThemNewestFirst() throws Exception {
        // past IncidentSearch.MANY_WORD_MATCHES the page is read another way (walking the incidents in time order)
        String marker = "zm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long tenant = DemoData.tenantId(DemoData.RENTAL);
        long location = DemoData.firstLocationId(DemoData.RENTAL);
        int planted = 1_400; // every 4th without the marker, among the others in time: 1,050 matches
        try (Connection c = Database.connect();
             PreparedStatement insert = c.prepareStatement("insert into incident (tenant_id, location_id, occurred_at,"
                     + " what_happened, severity, root_cause, status, created_by, created_at, version, channel)"
                     + " values (?, ?, ?, ?, 'LOW', 'PROCESS', ?, 'import', utc_timestamp(), 0, 'PHONE')")) {
            for (int n = 0; n < planted; n++) {
                insert.setLong(1, tenant);
                insert.setLong(2, location);
                insert.setObject(3, java.time.LocalDateTime.now(ZoneId.of("UTC")).minusMinutes(10 + n % 500));
                insert.setString(4, n % 4 == 3 ? "Car " + n + " is not one of them" : "Car " + n + " " + marker);
                insert.setString(5, n % 3 == 0 ? "CLOSED" : "OPEN");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Database.recountIncidents(tenant);
        for (String word : List.of("car", marker)) {
            Database.update("insert into incident_word (tenant_id, word, incident_id) select tenant_id, ?, id"
                    + " from incident where tenant_id = ? and what_happened like ?", word, tenant, "% " + marker);
        }
        String newestFirst = " order by occurred_at desc, id desc";
        List<Long> expected = Database.query("select id from incident where what_happened like ?" + newestFirst,
                "% " + marker).stream().map(row -> ((Number) row.get(0)).longValue()).toList();
        List<Long> closed = Database.query("select id from incident where what_happened like ? and status = 'CLOSED'"
                + newestFirst, "% " + marker).stream().map(row -> ((Number) row.get(0)).longValue()).toList();

        String rental = Keycloak.token("rental-frontline");
        JsonObject first = Api.get("/incidents?limit=20&q=" + marker, rental).json();
        assertEquals(List.of(1_000, false), List.of(first.getInt("total"), first.getBoolean("totalExact")),
                "counted up to the cap");
        assertEquals(expected.subList(0, 20), idsOf(first));
        assertEquals(expected.subList(1_000, 1_020), idsOf(Api.get("/incidents?limit=20&offset=1000&q=" + marker, rental).json()),
                "pages past the cap can still be read");
        assertEquals(expected.subList(0, 20), idsOf(Api.get("/incidents?limit=20&q=" + marker.substring(0, 8).toUpperCase(),
                rental).json()), "the start of a word, in capitals, finds it");
        List<Long> oldestFirst = new java.util.ArrayList<>(expected);
        java.util.Collections.reverse(oldestFirst);
        assertEquals(oldestFirst.subList(0, 10), idsOf(Api.get("/incidents?limit=10&sort=occurredAt&q=" + marker, rental).json()),
                "oldest first");
        assertEquals(closed.subList(0, 10), idsOf(Api.get("/incidents?limit=10&status=CLOSED&q=car%20" + marker, rental).json()));
    }

    private static List<Long> idsOf(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void problemsSpeakTheCallersLanguage_thenTheBusinesss() {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Languages " + UUID.randomUUID()));
        var close = Json.createObjectBuilder().add("to", "CLOSED").build();
        java.util.Map<String, List<String>> expected = java.util.Map.of(
                "nb", List.of("En sak kan ikke gå fra Åpen til Lukket", "Virksomheten har ikke dette stedet"),
                "pl", List.of("Zgłoszenie nie może przejść ze statusu Otwarty do Zamknięty", "Twoja firma nie ma takiej lokalizacji"),
                "hr", List.of("Slučaj ne može prijeći iz statusa Otvoren u Zatvoren", "Vaša tvrtka nema tu lokaciju"),
                "ru", List.of("Случай не может перейти из статуса Открыт в Закрыт", "В вашей компании нет такого места"),
                "en-GB,en;q=0.8", List.of("An incident cannot move from Open to Closed", "There is no such location"));
        expected.forEach((language, texts) -> {
            Api.Answer illegal = Api.send("/incidents/" + id + "/status", token(), language, close);
            assertEquals(409, illegal.status(), illegal.body());
            assertTrue(illegal.json().getString("detail").startsWith(texts.get(0)), language + ": " + illegal.body());
            Api.Answer unknown = Api.send("/incidents", token(), language,
                    Drafts.incident(BISTRO, "Nowhere").add("locationId", 999_999_999L).build());
            assertEquals(400, unknown.status(), unknown.body());
            assertTrue(unknown.json().getJsonArray("invalidParams").getJsonObject(0).getString("reason").startsWith(texts.get(1)),
                    language + ": " + unknown.body());
        });
        // a language the product does not speak falls back to the business's own: Norwegian for Bistro Nord
        Api.Answer german = Api.send("/incidents/" + id + "/status", token(), "de", close);
        assertTrue(german.json().getString("detail").startsWith("En sak kan ikke gå fra"), german.body());
    }

    @Test
    void theLifecycleRefusesIllegalMovesAndTheTimelineShowsEveryChange() {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Lifecycle " + UUID.randomUUID()));

        Api.Answer illegal = Api.post("/incidents/" + id + "/status", token(), Json.createObjectBuilder().add("to", "CLOSED").build());
        assertEquals(409, illegal.status(), illegal.body());
        assertTrue(illegal.json().getString("detail").contains("from Open to Closed"), illegal.body());

        for (String to : List.of("RECOVERING", "AWAITING_APPROVAL", "RESOLVED", "CLOSED", "REOPENED")) {
            Api.Answer moved = Api.post("/incidents/" + id + "/status", Keycloak.token("bistro-manager"),
                    Json.createObjectBuilder().add("to", to).build());
            assertEquals(200, moved.status(), to + ": " + moved.body());
            assertEquals(to, moved.json().getString("status"));
        }
        assertEquals(List.of("RECOVERING", "AWAITING_APPROVAL", "RESOLVED"),
                Api.get("/incidents/" + id, token()).json().getJsonArray("allowedStatuses").getValuesAs(
                        jakarta.json.JsonString::getString));

        List<JsonObject> timeline = Api.get("/incidents/" + id + "/timeline", token()).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(6, timeline.size(), timeline.toString());
        assertEquals(List.of("CREATED", BISTRO, "OPEN"), List.of(timeline.get(0).getString("kind"),
                timeline.get(0).getString("actor"), timeline.get(0).getString("to")));
        JsonObject closed = timeline.get(4);
        assertEquals(List.of("status", "RESOLVED", "CLOSED", "bistro-manager"), List.of(closed.getString("field"),
                closed.getString("from"), closed.getString("to"), closed.getString("actor")));
    }

    @Test
    void aSecondEditFromTheSameVersionIsRefusedAndOverwritesNothing() {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Edit race " + UUID.randomUUID()));
        JsonObject read = Api.get("/incidents/" + id, token()).json().getJsonObject("incident");
        int version = read.getInt("version");

        Api.Answer first = Api.put("/incidents/" + id, token(), Drafts.incident(BISTRO, read.getString("whatHappened"))
                .add("occurredAt", read.getString("occurredAt")).add("rootCause", "POLICY").add("version", version).build());
        assertEquals(200, first.status(), first.body());
        Api.Answer second = Api.put("/incidents/" + id, Keycloak.token("bistro-manager"),
                Drafts.incident(BISTRO, "Overwritten?").add("occurredAt", read.getString("occurredAt"))
                        .add("rootCause", "EMPLOYEE").add("version", version).build());
        assertEquals(409, second.status(), second.body());
        assertEquals("application/problem+json", second.contentType());

        JsonObject now = Api.get("/incidents/" + id, token()).json().getJsonObject("incident");
        assertEquals("POLICY", now.getString("rootCause"));
        assertEquals(read.getString("whatHappened"), now.getString("whatHappened"));
        List<JsonObject> changes = Api.get("/incidents/" + id + "/timeline", token()).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("kind").equals("CHANGED")).toList();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(List.of("rootCause", "PROCESS", "POLICY"), List.of(changes.get(0).getString("field"),
                changes.get(0).getString("from"), changes.get(0).getString("to")));
    }

    @Test
    void theSameCustomerIsRecognisedWithinTheTenantOnly() {
        String mail = "guest-" + UUID.randomUUID() + "@example.no";
        long first = Drafts.log(BISTRO, Drafts.incident(BISTRO, "First visit").add("customerName", "Kari")
                .add("customerContact", mail).add("customerConsent", true));
        long second = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Second visit")
                .add("customerContact", " " + mail.toUpperCase() + " ").add("customerConsent", true));

        JsonObject detail = Api.get("/incidents/" + second, token()).json();
        assertEquals(List.of(first), detail.getJsonArray("earlierIncidentsOfCustomer").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
        assertEquals("Kari", detail.getJsonObject("incident").getJsonObject("customer").getString("name"));

        long hotel = Drafts.log("hotel-frontline", Drafts.incident("hotel-frontline", "Same guest at the hotel")
                .add("customerContact", mail).add("customerConsent", true));
        assertEquals(0, Api.get("/incidents/" + hotel, Keycloak.token("hotel-frontline")).json()
                .getJsonArray("earlierIncidentsOfCustomer").size(), "the hotel sees the restaurant's history");

        long noConsent = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Third visit").add("customerContact", mail)
                .add("customerConsent", false));
        JsonObject anonymous = Api.get("/incidents/" + noConsent, token()).json();
        assertEquals(JsonValue.NULL, anonymous.getJsonObject("incident").getJsonObject("customer")
                .getOrDefault("contact", JsonValue.NULL), "a contact was kept without consent");
    }

    @Test
    void attachmentsAreImagesOrPdfsUpToTenMegabytesJudgedByContent() {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Photo " + UUID.randomUUID()));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        Api.Answer stored = Api.postBytes("/incidents/" + id + "/attachments?name=cold-plate.png", token(), "image/png", png);
        assertEquals(201, stored.status(), stored.body());
        assertEquals("image/png", stored.json().getString("contentType"));
        HttpResponse<byte[]> back = Api.download(stored.location().substring(stored.location().indexOf("/incidents")), token());
        assertEquals(200, back.statusCode());
        assertArrayEquals(png, back.body());

        long before = Database.count("select count(*) from incident_attachment");
        Api.Answer html = Api.postBytes("/incidents/" + id + "/attachments?name=evil.png", token(), "image/png",
                "<script>alert(1)</script>".getBytes());
        assertEquals(415, html.status(), html.body());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        Api.Answer tooBig = Api.postBytes("/incidents/" + id + "/attachments?name=huge.png", token(), "image/png", big);
        assertEquals(413, tooBig.status(), tooBig.body());
        assertEquals("application/problem+json", tooBig.contentType());
        assertEquals(before, Database.count("select count(*) from incident_attachment"), "a refused file was stored");

        assertEquals(1, Api.get("/incidents/" + id + "/attachments", token()).jsonArray().size());
    }

    /** An upload of a 1 MB photo as a phone on a poor connection starts it: the headers and the first bytes. */
    private static Socket beginUpload(long incidentId, String token) throws IOException {
        URI app = URI.create(Deployments.APP);
        Socket upload = new Socket(app.getHost(), app.getPort());
        OutputStream out = upload.getOutputStream();
        out.write(("POST /api/v1/incidents/" + incidentId + "/attachments?name=photo.png HTTP/1.1\r\n"
                + "Host: " + app.getAuthority() + "\r\nAuthorization: Bearer " + token + "\r\n"
                + "Content-Type: image/png\r\nContent-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        out.flush();
        return upload;
    }

    /** Photos sent slowly from phones do not take the turns other callers wait for (the server's request limit). */
    @Test
    void slowUploadsDoNotHoldUpOtherCallers() throws Exception {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Slow photos " + UUID.randomUUID()));
        String token = token();
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) { // twice the requests the server runs at once: the rest would wait behind them
                uploads.add(beginUpload(id, token)); // and then nothing more for now
            }
            Thread.sleep(1000); // the uploads are being read before the list is asked for

            Api.Answer list = CompletableFuture.supplyAsync(() -> Api.get("/incidents?limit=1", token))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(200, list.status(), list.body());
        } finally {
            for (Socket upload : uploads) {
                upload.close();
            }
        }
    }

    /** A phone that loses its signal mid-photo: the upload is refused as cut off, and nothing is stored. */
    @Test
    void anUploadCutOffBeforeItsEndGets400AndStoresNothing() throws Exception {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Lost signal " + UUID.randomUUID()));
        try (Socket upload = beginUpload(id, token())) {
            upload.setSoTimeout(30_000);
            upload.shutdownOutput(); // the rest never comes

            String answer = new String(upload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            // no Accept-Language: the answer is in the business's language (Bistro Nord writes Norwegian)
            assertTrue(answer.contains("application/problem+json") && answer.contains("Filen kom ikke frem i sin helhet"), answer);
        }
        assertEquals(0, Database.count("select count(*) from incident_attachment where incident_id = ?", id));
    }

    @Test
    void everyCaseEndpointAnswers404ForAnotherTenantsIncident() {
        long id = Drafts.log(BISTRO, Drafts.incident(BISTRO, "Private " + UUID.randomUUID()));
        byte[] pdf = "%PDF-1.4\n".getBytes();
        Api.Answer file = Api.postBytes("/incidents/" + id + "/attachments", token(), "application/pdf", pdf);
        String hotel = Keycloak.token("hotel-manager");

        assertEquals(404, Api.get("/incidents/" + id, hotel).status());
        assertEquals(404, Api.get("/incidents/" + id + "/timeline", hotel).status());
        assertEquals(404, Api.get("/incidents/" + id + "/attachments", hotel).status());
        assertEquals(404, Api.download(file.location().substring(file.location().indexOf("/incidents")), hotel).statusCode());
        assertEquals(404, Api.post("/incidents/" + id + "/status", hotel, Json.createObjectBuilder().add("to", "RESOLVED").build()).status());
        assertEquals(404, Api.put("/incidents/" + id, hotel, Drafts.incident("hotel-manager", "Hijack").add("version", 0).build()).status());
        assertEquals(404, Api.postBytes("/incidents/" + id + "/attachments", hotel, "application/pdf", pdf).status());
        assertEquals("OPEN", Api.get("/incidents/" + id, token()).json().getJsonObject("incident").getString("status"));
        assertEquals(1, Api.get("/incidents/" + id + "/attachments", token()).jsonArray().size());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirProblemAnswers() {
        Api.Answer doc = Api.get("/openapi?format=JSON", null);
        assertEquals(200, doc.status());
        JsonObject paths = doc.json().getJsonObject("paths");
        for (String path : List.of("/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents/{id}/status",
                "/api/v1/incidents/{id}/timeline", "/api/v1/incidents/{incidentId}/attachments", "/api/v1/categories")) {
            assertTrue(paths.containsKey(path), "undocumented: " + path);
        }
        JsonObject answers = paths.getJsonObject("/api/v1/incidents").getJsonObject("post").getJsonObject("responses");
        assertTrue(answers.getJsonObject("400").getJsonObject("content").containsKey("application/problem+json"),
                answers.toString());
    }
}
