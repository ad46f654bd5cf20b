package app.recoverydesk.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * A response header every answer carries unless it sets its own: pages, the API, redirects and refusals of the
 * sign-in, error pages and files. Set as the answer is sent, not as the request arrives (as Undertow's
 * response-header filter does): the servlet container clears all headers before it draws the error page of a
 * failure, and the pages' Content-Security-Policy (with its script nonce) must stay the only one. Configured as a
 * custom filter, one per header (configure.cli).
 */
public class DefaultHeader implements HttpHandler {

    private final HttpHandler next;
    private HttpString name;
    private String value;

    public DefaultHeader(HttpHandler next) {
        this.next = next;
    }

    public void setName(String name) {
        this.name = new HttpString(name);
    }

    public void setValue(String value) {
        this.value = value;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(committed -> {
            if (!committed.getResponseHeaders().contains(name)) {
                committed.getResponseHeaders().put(name, value);
            }
        });
        next.handleRequest(exchange);
    }
}
