package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers of a secure default on every answer: every page (each .xhtml of the application, signed in with a
 * role that may open it), the customer's feedback page, error pages, the sign-in's redirects, the pages' files and
 * every operation of the served OpenAPI document. One Content-Security-Policy each, the pages' with the nonce of
 * every script they hold and no inline handler; cookies HttpOnly and SameSite=Lax, Secure over HTTPS. The API
 * refuses a call that brings the browser's session cookie alone. A new page or operation is covered unedited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Path WEBAPP = Path.of(System.getProperty("recovery.webapp", "../web/src/main/webapp"));
    private static final String HTTPS_APP = "https://localhost:8443";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOURCE = Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final Properties TEXT = english();
    private static final String BEARER_REQUIRED = TEXT.getProperty("problem.bearer.required");

    /** Who may open the pages of each folder (web.xml); a page in a new folder fails until it is named here. */
    private static final Map<String, String> ROLE_BY_FOLDER = Map.of(
            "", "bistro-frontline", "incidents", "bistro-frontline", "reports", "bistro-manager",
            "initiatives", "bistro-manager", "manage", "bistro-manager", "admin", "bistro-admin", "operator", "operator",
            "audit", "bistro-admin", "customers", "bistro-admin", "volumes", "bistro-manager");

    private static final Map<String, String> QUERY = new LinkedHashMap<>();
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static String feedbackLink;

    private final List<String> failures = new ArrayList<>();

    /** Records for the pages that show one: a case, an initiative, a customer's feedback link. */
    @BeforeAll
    static void fixtures() {
        String manager = Keycloak.token("bistro-manager");
        long incident = Drafts.log("bistro-frontline", Drafts.incident("bistro-frontline", "Headers " + UUID.randomUUID()));
        Api.Answer initiative = Api.post("/initiatives", manager, Json.createObjectBuilder()
                .add("title", "Headers").add("problem", "Walk of the pages").build());
        assertEquals(201, initiative.status(), initiative.body());
        long initiativeId = initiative.json().getJsonNumber("id").longValue();
        QUERY.put("incidents/view.xhtml", "id=" + incident);
        QUERY.put("incidents/edit.xhtml", "id=" + incident);
        QUERY.put("initiatives/initiative.xhtml", "id=" + initiativeId);
        QUERY.put("reports/incidents.xhtml", "figure=INCIDENTS&key=all");
        IDS.put("id", String.valueOf(incident));
        IDS.put("incidentId", String.valueOf(incident));
        IDS.put("initiativeId", String.valueOf(initiativeId));

        long answered = Drafts.log("bistro-frontline", Drafts.incident("bistro-frontline", "Feedback headers " + UUID.randomUUID())
                .add("customerName", "Guest").add("customerContact", "guest-" + UUID.randomUUID() + "@example.no")
                .add("customerConsent", true));
        Api.Answer resolved = Api.post("/incidents/" + answered + "/status", Keycloak.token("bistro-frontline"),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, resolved.status(), resolved.body());
        feedbackLink = resolved.json().getString("feedbackLink");
    }

    @Test
    void everyPageSignedInWithARoleThatMayOpenIt() throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".xhtml") && !f.startsWith("WEB-INF/") && !f.startsWith("feedback/"))
                    .sorted().toList();
        }
        assertTrue(pages.size() >= 15, "pages found under " + WEBAPP.toAbsolutePath() + ": " + pages);
        Map<String, Visitor> visitors = new LinkedHashMap<>();
        Set<String> resources = new LinkedHashSet<>();
        for (String page : pages) {
            String folder = page.contains("/") ? page.substring(0, page.indexOf('/')) : "";
            String user = ROLE_BY_FOLDER.get(folder);
            if (user == null) {
                failures.add(page + ": no role for its folder in ROLE_BY_FOLDER");
                continue;
            }
            Visitor visitor = visitors.computeIfAbsent(user, Visitor::signedIn);
            String query = QUERY.containsKey(page) ? "?" + QUERY.get(page) : "";
            HttpResponse<String> answer = visitor.get(Deployments.APP + "/" + page + query);
            if (answer.statusCode() != 200) {
                failures.add(page + " as " + user + ": " + answer.statusCode());
            }
            checkPage(page, answer);
            Matcher resource = RESOURCE.matcher(answer.body());
            while (resource.find()) {
                resources.add(resource.group(1).replace("&amp;", "&"));
            }
        }
        assertFalse(resources.isEmpty(), "the pages link no files");
        Visitor frontline = visitors.get("bistro-frontline");
        resources.forEach(r -> frontline.get(Deployments.APP + r));
        visitors.values().forEach(v -> v.seen.forEach(this::check));
        assertNoFailures();
    }

    @Test
    void theCustomersFeedbackPageLeavesNoReferrer() {
        Visitor customer = new Visitor(Deployments.APP);
        HttpResponse<String> page = customer.get(feedbackLink);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"business\""), "not the feedback form: " + page.body());
        checkPage("feedback", page);
        HttpResponse<String> unknown = customer.get(Deployments.APP + "/feedback/answer.xhtml?t=" + UUID.randomUUID());
        checkPage("feedback with an unknown token", unknown);
        customer.seen.forEach(this::check);
        assertTrue(customer.seen.stream().allMatch(a -> "no-referrer".equals(single(a, "Referrer-Policy"))));
        assertNoFailures();
    }

    @Test
    void errorPagesAndTheSignInsRedirectsToo() {
        Visitor anonymous = new Visitor(Deployments.APP);
        HttpResponse<String> toSignIn = anonymous.send(Visitor.request(Deployments.APP + "/incidents/list.xhtml")
                .header("Accept", "text/html").GET(), false);
        assertEquals(302, toSignIn.statusCode(), "the sign-in's redirect");
        Api.Answer noToken = Api.get("/incidents", null);
        assertEquals(401, noToken.status());
        anonymous.get(Deployments.APP + "/errors/unavailable");
        anonymous.get(Deployments.APP + "/api/v1/incidents"); // the sign-in's own 401 to a JSON client
        anonymous.seen.forEach(this::check);

        Visitor frontline = Visitor.signedIn("bistro-frontline");
        frontline.seen.clear();
        assertEquals(403, frontline.get(Deployments.APP + "/admin/staff.xhtml").statusCode());
        assertEquals(404, frontline.get(Deployments.APP + "/no-such-page.xhtml").statusCode());
        assertEquals(404, frontline.get(Deployments.APP + "/no-such-file.txt").statusCode());
        assertEquals(404, frontline.get(Deployments.APP + "/incidents/view.xhtml?id=999999999").statusCode());
        // a form sent with a view state the server does not know: the failure's own error page
        HttpResponse<String> expired = frontline.send(Visitor.request(Deployments.APP + "/incidents/list.xhtml")
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("list=list&jakarta.faces.ViewState=stale%3A1")), true);
        assertTrue(expired.body().contains("/WEB-INF/errorpages/expired.xhtml"), "not the expired page: " + expired.statusCode() + " " + expired.body());
        frontline.seen.forEach(this::check);
        frontline.seen.stream().filter(a -> a.statusCode() >= 400 && contentType(a).startsWith("text/html"))
                .forEach(a -> checkPage("error page " + a.uri(), a));
        assertNoFailures();
    }

    @Test
    void everyApiOperationWithItsTokenAndOnTheBrowserSessionAlone() {
        Visitor browser = Visitor.signedIn("bistro-manager");
        browser.seen.clear();
        JsonObject paths = Api.get("/openapi?format=JSON", null).json().getJsonObject("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            String template = path.getKey();
            String user = template.startsWith("/api/v1/admin") ? "bistro-admin"
                    : template.startsWith("/api/v1/operator") ? "operator" : "bistro-manager";
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                String verb = operation.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                operations++;
                boolean read = verb.equals("GET");
                boolean hasParams = PATH_PARAM.matcher(template).find();
                boolean hasBody = operation.getValue().asJsonObject().containsKey("requestBody");
                // reads see real records; a write gets records that do not exist or a body that is not JSON, so that
                // it changes nothing; a write that has neither is only sent without its token
                String url = Deployments.APP + PATH_PARAM.matcher(template).replaceAll(m -> Matcher.quoteReplacement(
                        read ? IDS.getOrDefault(m.group(1), "1") : "999999999"));
                String name = verb + " " + template;
                if (read || hasParams || hasBody) {
                    check(name + " with a token", Client.PLAIN.send(api(url, verb)
                            .header("Authorization", "Bearer " + Keycloak.token(user))));
                }
                HttpResponse<String> sessionOnly = browser.send(api(url, verb), false);
                if (sessionOnly.statusCode() != 401 || !contentType(sessionOnly).startsWith("application/problem+json")
                        || !sessionOnly.body().contains(BEARER_REQUIRED)) {
                    failures.add(name + " on the browser session alone: " + sessionOnly.statusCode() + " "
                            + contentType(sessionOnly) + " " + sessionOnly.body());
                }
            }
        }
        assertTrue(operations >= 30, "operations in the OpenAPI document: " + operations);
        browser.seen.forEach(this::check);
        assertNoFailures();
    }

    @Test
    void aWriteOnTheBrowserSessionAloneIsRefusedAndChangesNothing() {
        Visitor browser = Visitor.signedIn("bistro-frontline");
        assertTrue(browser.cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                "signed in without a session cookie");
        String what = "Forged " + UUID.randomUUID();
        String draft = Drafts.incident("bistro-frontline", what).build().toString();
        HttpResponse<String> forged = browser.send(Visitor.request(Deployments.APP + "/api/v1/incidents")
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft)), false);
        assertEquals(401, forged.statusCode(), forged.body());
        assertTrue(contentType(forged).startsWith("application/problem+json"), contentType(forged));
        assertEquals(BEARER_REQUIRED, Json.createReader(new StringReader(forged.body())).readObject().getString("detail"));
        assertEquals("Bearer", forged.headers().firstValue("WWW-Authenticate").orElse(null));
        Api.Answer found = Api.get("/incidents?text=" + URLEncoder.encode(what, StandardCharsets.UTF_8),
                Keycloak.token("bistro-manager"));
        assertEquals(200, found.status(), found.body());
        assertFalse(found.body().contains(what), "the forged call logged an incident");
        // the same browser with its token is served: the refusal is of the missing token, not of the user
        HttpResponse<String> withToken = browser.send(Visitor.request(Deployments.APP + "/api/v1/incidents")
                .header("Accept", "application/json").header("Authorization", "Bearer " + Keycloak.token("bistro-frontline"))
                .GET(), false);
        assertEquals(200, withToken.statusCode(), withToken.body());
    }

    @Test
    void overHttpsStrictTransportSecurityAndSecureCookies() {
        Visitor https = new Visitor(HTTPS_APP);
        HttpResponse<String> toSignIn = https.send(Visitor.request(HTTPS_APP + "/incidents/list.xhtml")
                .header("Accept", "text/html").GET(), false);
        assertEquals(302, toSignIn.statusCode());
        assertFalse(toSignIn.headers().allValues("Set-Cookie").isEmpty(), "the redirect to the sign-in sets no cookie");
        https.get(feedbackLink.replace(Deployments.APP, HTTPS_APP));
        https.check(Client.TRUSTING_ALL.send(api(HTTPS_APP + "/api/v1/incidents", "GET")
                .header("Authorization", "Bearer " + Keycloak.token("bistro-manager"))));
        https.seen.forEach(this::check);
        https.seen.forEach(a -> {
            if (!"max-age=31536000".equals(single(a, "Strict-Transport-Security"))) {
                failures.add(a.uri() + ": Strict-Transport-Security " + a.headers().allValues("Strict-Transport-Security"));
            }
        });
        // over HTTP no proxy's word is taken unless the server is told to (PROXY_ADDRESS_FORWARDING)
        HttpResponse<String> claimed = new Visitor(Deployments.APP).send(Visitor.request(Deployments.APP + "/errors/unavailable")
                .header("X-Forwarded-Proto", "https").GET(), false);
        assertTrue(claimed.headers().allValues("Strict-Transport-Security").isEmpty(), "HSTS on a claim of HTTPS");
        assertNoFailures();
    }

    /** The headers every answer carries; cookies HttpOnly, SameSite=Lax, and Secure exactly when over HTTPS. */
    private void check(HttpResponse<String> answer) {
        check(answer.request().method() + " " + answer.uri(), answer);
    }

    private void check(String name, HttpResponse<String> answer) {
        boolean secure = answer.uri().getScheme().equals("https");
        String csp = single(answer, "Content-Security-Policy");
        List<String> problems = new ArrayList<>();
        if (csp == null) {
            problems.add("Content-Security-Policy " + answer.headers().allValues("Content-Security-Policy"));
        } else {
            if (!csp.contains("frame-ancestors 'none'")) {
                problems.add("CSP without frame-ancestors 'none': " + csp);
            }
            String scripts = directive(csp, "script-src");
            if (scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'")) {
                problems.add("CSP allows inline script: " + csp);
            }
        }
        expect(problems, answer, "X-Frame-Options", "DENY");
        expect(problems, answer, "X-Content-Type-Options", "nosniff");
        expect(problems, answer, "Referrer-Policy", answer.uri().getPath().startsWith("/feedback/") ? "no-referrer" : "same-origin");
        String permissions = single(answer, "Permissions-Policy");
        if (permissions == null || !permissions.contains("camera=()") || !permissions.contains("geolocation=()")) {
            problems.add("Permissions-Policy " + answer.headers().allValues("Permissions-Policy"));
        }
        if (!secure && !answer.headers().allValues("Strict-Transport-Security").isEmpty()) {
            problems.add("Strict-Transport-Security over HTTP");
        }
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
            // a cookie removed (the sign-in's state once back) holds nothing a script could take
            boolean removal = attributes.matches("[^=]+=(\"\")?;.*") && (attributes.contains("expires=thu,01-jan-1970")
                    || attributes.contains("max-age=0"));
            if (!(attributes.contains(";httponly") || removal) || !attributes.contains(";samesite=lax")
                    || attributes.contains(";secure") != secure) {
                problems.add("cookie " + cookie);
            }
        }
        if (!problems.isEmpty()) {
            failures.add(name + " (" + answer.statusCode() + "): " + String.join("; ", problems));
        }
    }

    /** A page drawn by the application: its policy holds its scripts' nonce, and nothing runs without it. */
    private void checkPage(String page, HttpResponse<String> answer) {
        String csp = single(answer, "Content-Security-Policy");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp == null ? "" : directive(csp, "script-src"));
        if (!nonce.find()) {
            failures.add(page + ": no nonce in the policy " + csp);
            return;
        }
        Matcher script = SCRIPT.matcher(answer.body());
        while (script.find()) {
            if (!script.group(1).contains("nonce=\"" + nonce.group(1) + "\"")) {
                failures.add(page + ": a script without the page's nonce: " + script.group());
            }
        }
        Matcher handler = INLINE_HANDLER.matcher(answer.body());
        if (handler.find()) {
            failures.add(page + ": an inline event handler (blocked by the policy): " + handler.group());
        }
        if (answer.body().contains("href=\"javascript:")) {
            failures.add(page + ": a javascript: link (blocked by the policy)");
        }
    }

    private static void expect(List<String> problems, HttpResponse<String> answer, String header, String value) {
        if (!value.equals(single(answer, header))) {
            problems.add(header + " " + answer.headers().allValues(header));
        }
    }

    /** The header's value when it is there exactly once. */
    private static String single(HttpResponse<String> answer, String header) {
        List<String> values = answer.headers().allValues(header);
        return values.size() == 1 ? values.get(0) : null;
    }

    private static String directive(String policy, String name) {
        return Stream.of(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst()
                .orElse(Stream.of(policy.split(";")).map(String::strip).filter(d -> d.startsWith("default-src "))
                        .findFirst().orElse(""));
    }

    private static String contentType(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("");
    }

    private static HttpRequest.Builder api(String url, String verb) {
        HttpRequest.Builder builder = Visitor.request(url).header("Accept", "application/json");
        return verb.equals("GET") || verb.equals("DELETE") ? builder.method(verb, HttpRequest.BodyPublishers.noBody())
                : builder.header("Content-Type", "application/json").method(verb, HttpRequest.BodyPublishers.ofString("{"));
    }

    /** The English bundle of the pages, read from the source (the application's classes are not the test's). */
    private static Properties english() {
        Properties text = new Properties();
        try (var in = Files.newBufferedReader(WEBAPP.resolve("../resources/app/recoverydesk/web/messages.properties"),
                StandardCharsets.UTF_8)) {
            text.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text;
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), failures.size() + " failed:\n" + failures.stream().limit(40)
                .collect(Collectors.joining("\n")));
    }

    /**
     * A client that keeps its cookies and follows redirects itself, so that each answer of the application on the
     * way — the sign-in's redirects, the answer that sets the session — is seen; signs in through Keycloak's form.
     */
    private static final class Visitor {

        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        /** Keycloak marks its cookies Secure even over HTTP (browsers send them to localhost); Java's jar would not. */
        private final CookieHandler jar = new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                if (uri.toString().startsWith(Keycloak.REALM.replaceFirst("(//[^/]+).*", "$1"))) {
                    Map<String, List<String>> relaxed = new LinkedHashMap<>(headers);
                    relaxed.computeIfPresent("Set-Cookie", (name, values) -> values.stream()
                            .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
                    relaxed.computeIfPresent("set-cookie", (name, values) -> values.stream()
                            .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
                    headers = relaxed;
                }
                cookies.put(uri, headers);
            }
        };
        final List<HttpResponse<String>> seen = new ArrayList<>();
        private final String app;
        private final Client client;

        Visitor(String app) {
            this.app = app;
            this.client = new Client(jar, app.startsWith("https"));
        }

        static Visitor signedIn(String username) {
            Visitor visitor = new Visitor(Deployments.APP);
            HttpResponse<String> page = visitor.get(Deployments.APP + "/index.xhtml");
            for (int step = 0; step < 3 && !page.uri().toString().startsWith(Deployments.APP); step++) {
                page = visitor.submitLogin(page, username);
            }
            assertTrue(page.uri().toString().startsWith(Deployments.APP) && page.body().contains("tenant-name"),
                    "not signed in as " + username + ": " + page.uri() + " " + page.body());
            return visitor;
        }

        /** Keycloak's form: the username first where it asks for that alone, then the password. */
        private HttpResponse<String> submitLogin(HttpResponse<String> form, String username) {
            Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
            if (!action.find()) {
                action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(form.body());
                assertTrue(action.find(), "no sign-in form: " + form.body());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.body());
            while (hidden.find()) {
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
                if (name.find()) {
                    fields.put(name.group(1), value.find() ? value.group(1) : "");
                }
            }
            fields.put("username", username);
            if (form.body().contains("name=\"password\"")) {
                fields.put("password", "demo");
            }
            String body = fields.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(action.group(1).replace("&amp;", "&")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), true);
        }

        static HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept-Language", "en");
        }

        HttpResponse<String> get(String url) {
            return send(request(url).header("Accept", "text/html,application/xhtml+xml").GET(), true);
        }

        /** Sends the request, and follows its redirects with GETs when asked to; records the application's answers. */
        HttpResponse<String> send(HttpRequest.Builder builder, boolean follow) {
            HttpResponse<String> answer = check(client.send(builder));
            for (int hops = 0; follow && hops < 10 && answer.statusCode() / 100 == 3; hops++) {
                URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
                answer = check(client.send(request(next.toString()).header("Accept", "text/html,application/xhtml+xml").GET()));
            }
            return answer;
        }

        HttpResponse<String> check(HttpResponse<String> answer) {
            if (answer.uri().toString().startsWith(app)) {
                seen.add(answer);
            }
            return answer;
        }
    }

    /** Java's client with a cookie jar, and for HTTPS one that trusts the server's self-signed certificate. */
    private static final class Client {

        static final Client PLAIN = new Client(null, false);
        static final Client TRUSTING_ALL = new Client(null, true);
        private final HttpClient http;

        Client(CookieHandler cookies, boolean trustAll) {
            HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
            if (cookies != null) {
                builder.cookieHandler(cookies);
            }
            if (trustAll) {
                builder.sslContext(trustingAll());
            }
            http = builder.build();
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static SSLContext trustingAll() {
            TrustManager all = new X509ExtendedTrustManager() {
                @Override public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) { }
                @Override public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
                @Override public void checkClientTrusted(X509Certificate[] chain, String type) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String type) { }
                @Override public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            };
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {all}, new SecureRandom());
                return context;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
