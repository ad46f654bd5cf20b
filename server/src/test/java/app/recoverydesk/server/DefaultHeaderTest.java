package app.recoverydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.undertow.Undertow;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default is there when the answer has none, also after the answer's headers were cleared; never twice. */
class DefaultHeaderTest {

    private static final String CSP = "Content-Security-Policy";
    private Undertow server;
    private URI uri;

    @BeforeEach
    void start() {
        DefaultHeader header = new DefaultHeader(exchange -> {
            exchange.getResponseHeaders().clear(); // as the servlet container does before an error page
            if (exchange.getQueryParameters().containsKey("own")) {
                exchange.getResponseHeaders().add(new HttpString(CSP), "script-src 'self' 'nonce-abc'");
            }
            exchange.getResponseSender().send("page");
        });
        header.setName(CSP);
        header.setValue("default-src 'none'");
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(header).build();
        server.start();
        uri = URI.create("http://127.0.0.1:" + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anAnswerWithoutItsOwnGetsTheDefault() throws Exception {
        assertEquals(List.of("default-src 'none'"), get("/").headers().allValues(CSP));
    }

    @Test
    void anAnswerWithItsOwnKeepsOnlyThat() throws Exception {
        assertEquals(List.of("script-src 'self' 'nonce-abc'"), get("/?own").headers().allValues(CSP));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
