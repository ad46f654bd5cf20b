package app.recoverydesk.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's session with the application's pages: signed in as a person is, through Keycloak's login pages
 * (the application redirects there, the username and then the password are posted to the forms the pages hold,
 * redirects are followed and cookies kept), not by a bearer token.
 */
final class BrowserSession {

    private static final Pattern FORM = Pattern.compile("<form[^>]*\\baction=\"([^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    /** Username page, password page, and one spare: Keycloak asks for the username first (organizations). */
    private static final int MOST_FORMS = 3;

    /**
     * As a browser asks for a page. The application answers 401 instead of the sign-in redirect to a request that
     * does not take HTML (autodetect-bearer-only); the redirects after a form's POST repeat this header.
     */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http;
    final String username;

    private BrowserSession(String username) {
        this.username = username;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new InsecureCookies()).build();
    }

    /**
     * Keeps cookies as a browser on localhost does: Keycloak marks its login cookies Secure, which browsers honour
     * over plain HTTP to localhost (a secure context) but Java's cookie store would never send back.
     */
    private static final class InsecureCookies extends CookieHandler {
        private final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return store.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> plain = new LinkedHashMap<>();
            responseHeaders.forEach((name, values) -> plain.put(name, name != null
                    && name.toLowerCase(java.util.Locale.ROOT).startsWith("set-cookie")
                    ? values.stream().map(v -> SECURE.matcher(v).replaceAll("")).toList() : values));
            store.put(uri, plain);
        }
    }

    private static final Pattern SECURE = Pattern.compile(";\\s*Secure(?=;|$)", Pattern.CASE_INSENSITIVE);

    /** Opens a page of the application and signs in on the login pages it leads to. */
    static BrowserSession signIn(URI page, String username, String password) throws IOException, InterruptedException {
        BrowserSession s = new BrowserSession(username);
        HttpResponse<String> response = s.get(page);
        for (int forms = 0; !isApplication(response, page); forms++) {
            Matcher form = FORM.matcher(response.body());
            if (forms == MOST_FORMS || response.statusCode() != 200 || !form.find()) {
                throw new IllegalStateException("Signing in as " + username + " stopped at " + response.uri() + " (HTTP "
                        + response.statusCode() + "): " + ApiLogging.shorten(text(response.body())));
            }
            Map<String, String> fields = fields(form.group(2));
            fields.computeIfPresent("username", (k, v) -> username);
            fields.computeIfPresent("password", (k, v) -> password);
            URI action = response.uri().resolve(unescape(form.group(1)));
            response = s.http.send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", ACCEPT)
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("After signing in as " + username + ", " + page + " answered HTTP "
                    + response.statusCode());
        }
        return s;
    }

    HttpResponse<String> get(URI page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(page).header("Accept", ACCEPT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isApplication(HttpResponse<String> response, URI page) {
        return response.uri().getPort() == page.getPort() && response.uri().getHost().equals(page.getHost());
    }

    /** The form's named inputs with their values (hidden ones included), the submit buttons left out. */
    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                a.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), unescape(attribute.group(2)));
            }
            if (a.containsKey("name") && !"submit".equalsIgnoreCase(a.get("type"))) {
                fields.put(a.get("name"), a.getOrDefault("value", ""));
            }
        }
        return fields;
    }

    /** A page's words without its markup and scripts, for a message. */
    private static String text(String html) {
        String body = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        return unescape(body).replaceAll("\\s+", " ").strip();
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
