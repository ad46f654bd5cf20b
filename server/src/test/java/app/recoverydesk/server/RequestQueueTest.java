package app.recoverydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real Undertow with one request running and one waiting: the next caller is told, as a problem, to come back. */
class RequestQueueTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch running = new CountDownLatch(1);
    private Undertow server;
    private URI uri;

    @BeforeEach
    void start() {
        HttpHandler slow = exchange -> {
            if (exchange.isInIoThread()) {
                exchange.dispatch(exchange.getDispatchExecutor(), () -> {
                    running.countDown();
                    await(release);
                    exchange.getResponseSender().send("done");
                });
            }
        };
        RequestQueue queue = new RequestQueue(slow);
        queue.setMaxConcurrentRequests(1);
        queue.setQueueSize(1);
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(queue).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        uri = URI.create("http://127.0.0.1:" + port + "/api/v1/incidents");
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop();
    }

    @Test
    void aCallerBeyondTheQueueGetsA503ProblemInItsLanguageWithRetryAfter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(running.await(10, TimeUnit.SECONDS), "the first request runs");
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300); // the second one is in the queue now

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "pl-PL,pl;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(RequestQueue.RETRY_AFTER_SECONDS, refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(refused.body().contains("\"status\":503") && refused.body().contains("Usługa jest teraz zajęta"), refused.body());

        release.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(200, waiting.get(10, TimeUnit.SECONDS).statusCode(), "a waiting request runs in its turn");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
