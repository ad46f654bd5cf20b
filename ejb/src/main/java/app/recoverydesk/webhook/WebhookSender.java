package app.recoverydesk.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One POST of a delivery: the event's JSON exactly as stored, signed, with the event's type and ids as headers.
 * No redirect is followed (a 3xx is a failed try) and no proxy is used; the URL is checked again first, as its
 * host may resolve to another address than when it was registered.
 */
final class WebhookSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    private WebhookSender() {
    }

    static Outcome send(Attempt attempt, AddressGuard guard) {
        var refused = guard.check(attempt.url());
        if (refused.isPresent()) {
            return Outcome.noAnswer("URL refused: " + refused.get().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
        }
        byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url().strip()))
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "RecoveryDesk-Webhooks/1")
                .header("X-Recovery-Event", attempt.eventType())
                .header("X-Recovery-Event-Id", attempt.eventId())
                .header("X-Recovery-Delivery", String.valueOf(attempt.deliveryId()))
                .header(Signature.HEADER, Signature.of(attempt.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> answer = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            return Outcome.answered(answer.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return Outcome.noAnswer(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.noAnswer("interrupted");
        }
    }
}
