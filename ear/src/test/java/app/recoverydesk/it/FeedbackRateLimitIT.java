package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public feedback page cannot be used to guess links: an address whose links keep failing is refused for a
 * while (429 in the customer's language, with Retry-After, showing nothing), while a working link still works up
 * to its own cap — and no token is ever written to the server's log. Each test speaks from its own loopback
 * address, so that the other tests, all from 127.0.0.1, are never refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackRateLimitIT {

    /** The server's limits: the same environment (see the failsafe configuration) and defaults. */
    private static final int FAILURES_PER_ADDRESS = setting("FEEDBACK_FAILURES_PER_ADDRESS", 20);
    private static final int TRIES_PER_LINK = setting("FEEDBACK_TRIES_PER_LINK", 30);
    private static final int WINDOW_SECONDS = setting("FEEDBACK_TRIES_WINDOW_SECONDS", 600);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static int setting(String name, int fallback) {
        return Integer.parseInt(System.getenv().getOrDefault(name, String.valueOf(fallback)));
    }

    @Test
    void anAddressGuessingLinksGets429InItsLanguage_andOtherAddressesDoNot() throws Exception {
        String guesser = "127.0.0.2";
        List<String> tried = new ArrayList<>();
        for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
            String token = guess();
            tried.add(token);
            Answer wrong = open(guesser, token, "pl");
            assertEquals(200, wrong.status(), "try " + (i + 1) + " of " + FAILURES_PER_ADDRESS + ": " + wrong.body());
            assertTrue(wrong.body().contains("feedback-invalid"), wrong.body());
        }
        String link = linkFor("bistro-frontline");
        tried.add(token(link));
        for (String token : List.of(guess(), token(link))) {
            Answer refused = open(guesser, token, "pl-PL,pl;q=0.9,en;q=0.5");
            assertEquals(429, refused.status(), refused.body());
            long retryAfter = Long.parseLong(refused.header("Retry-After"));
            assertTrue(retryAfter > 0 && retryAfter <= WINDOW_SECONDS, "Retry-After " + retryAfter);
            assertTrue(refused.body().contains("lang=\"pl\"") && refused.body().contains("Zbyt wiele prób"), refused.body());
            assertFalse(refused.body().contains("Bistro") || refused.body().contains("id=\"business\"")
                    || refused.body().contains("feedback:send"), "the refusal shows data: " + refused.body());
        }

        // the same link, from another address: the customer is not locked out by someone else's guessing
        Answer customer = open("127.0.0.3", token(link), "nb");
        assertEquals(200, customer.status());
        assertTrue(customer.body().contains("Bistro Nord"), customer.body());
        assertNotLogged(tried);
    }

    @Test
    void aWorkingLinkWorksUpToItsOwnCap_withoutCountingAgainstItsAddress() throws Exception {
        String address = "127.0.0.4";
        String link = linkFor("hotel-frontline");
        for (int i = 0; i < TRIES_PER_LINK; i++) {
            Answer ok = open(address, token(link), "hr");
            assertEquals(200, ok.status(), "try " + (i + 1) + " of " + TRIES_PER_LINK + ": " + ok.body());
            assertTrue(ok.body().contains("Hotel Adriatic"), ok.body());
        }
        Answer capped = open(address, token(link), "hr");
        assertEquals(429, capped.status(), capped.body());
        assertTrue(Long.parseLong(capped.header("Retry-After")) > 0, capped.header("Retry-After"));
        assertTrue(capped.body().contains("lang=\"hr\"") && capped.body().contains("Previše pokušaja"), capped.body());
        assertFalse(capped.body().contains("Hotel Adriatic"), capped.body());

        // its many opens were no failures: the address still opens another link
        String other = linkFor("hotel-frontline");
        Answer next = open(address, token(other), "hr");
        assertEquals(200, next.status(), next.body());
        assertTrue(next.body().contains("Hotel Adriatic"), next.body());
        assertNotLogged(List.of(token(link), token(other)));
    }

    /** A link a customer got for a resolved case of the user's business. */
    private static String linkFor(String user) {
        long incident = Drafts.log(user, Drafts.incident(user, "Rate " + UUID.randomUUID()).add("customerName", "Guest")
                .add("customerContact", "guest-" + UUID.randomUUID() + "@example.no").add("customerConsent", true));
        Api.Answer resolved = Api.post("/incidents/" + incident + "/status", Keycloak.token(user),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, resolved.status(), resolved.body());
        return resolved.json().getString("feedbackLink");
    }

    private static String token(String link) {
        return link.substring(link.indexOf("t=") + 2);
    }

    /** A well-formed token that names no link. */
    private static String guess() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void assertNotLogged(List<String> tokens) throws IOException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        assertTrue(Files.isRegularFile(log), log.toString());
        String text = Files.readString(log, StandardCharsets.UTF_8);
        for (String token : tokens) {
            assertFalse(text.contains(token), "a token is in the server's log");
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Opens the feedback page as a customer at the given loopback address would (the JDK's HTTP client cannot choose
     * the address it speaks from): one plain HTTP/1.0 request, read to the end.
     */
    private static Answer open(String from, String token, String languages) throws IOException {
        URI app = URI.create(Deployments.APP);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(app.getHost(), app.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /feedback/answer.xhtml?t=" + token + " HTTP/1.0\r\nHost: " + app.getAuthority()
                    + "\r\nAccept: text/html\r\nAccept-Language: " + languages + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(end + 4));
        }
    }
}
