package app.recoverydesk.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestLimit;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * At most {@code maxConcurrentRequests} requests run at once; up to {@code queueSize} more wait their turn in arrival
 * order. When the queue is full a caller is told so as every other refusal of the product: a 503 problem+json in its
 * language with Retry-After — not Undertow's own small HTML page. Configured as a custom filter (configure.cli).
 */
public class RequestQueue implements HttpHandler {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final List<String> LANGUAGES = List.of("nb", "en", "pl", "hr", "ru");

    private final HttpHandler next;
    private int maxConcurrentRequests = 4;
    private int queueSize = 1000;
    private volatile RequestLimit limit;

    public RequestQueue(HttpHandler next) {
        this.next = next;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        limit().handleRequest(exchange, next);
    }

    /** Made at the first request: the server sets the limits after it constructs the handler. */
    private RequestLimit limit() {
        RequestLimit current = limit;
        if (current == null) {
            synchronized (this) {
                if (limit == null) {
                    RequestLimit made = new RequestLimit(maxConcurrentRequests, queueSize);
                    made.setFailureHandler(RequestQueue::refuse);
                    limit = made;
                }
                current = limit;
            }
        }
        return current;
    }

    private static void refuse(HttpServerExchange exchange) {
        ResourceBundle bundle = ResourceBundle.getBundle("app.recoverydesk.server.messages", language(exchange),
                RequestQueue.class.getClassLoader());
        String body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                + bundle.getString("queue.full").replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
        exchange.getResponseHeaders().put(new HttpString("Retry-After"), RETRY_AFTER_SECONDS);
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }

    /** The first language of the caller's Accept-Language the product speaks (Norwegian for no/nn), else English. */
    static Locale language(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        if (header != null) {
            for (Locale.LanguageRange range : parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                language = language.equals("no") || language.equals("nn") ? "nb" : language;
                if (LANGUAGES.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
