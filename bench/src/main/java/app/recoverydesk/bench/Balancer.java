package app.recoverydesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** HAProxy's statistics (scripts/haproxy.cfg): how many answers each node of one backend has given so far. */
final class Balancer {

    private static final List<String> ANSWERS = List.of("hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx",
            "hrsp_other");

    private final HttpClient http = ApiLogging.client();
    private final URI csv;
    private final String backend;

    Balancer(String statsUrl, String backend) {
        this.csv = URI.create(statsUrl + (statsUrl.endsWith("/") ? "" : "/") + ";csv");
        this.backend = backend;
    }

    /** Node name to answers (every status) since the balancer started; empty if the statistics cannot be read. */
    Map<String, Long> answersByNode() {
        Map<String, Long> answers = new TreeMap<>();
        try {
            String[] lines = http.send(HttpRequest.newBuilder(csv).build(), HttpResponse.BodyHandlers.ofString())
                    .body().split("\n");
            List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                String[] f = line.split(",", -1);
                if (f.length < header.size() || !f[0].equals(backend) || f[1].equals("BACKEND")) {
                    continue;
                }
                long n = 0;
                for (String column : ANSWERS) {
                    String value = f[header.indexOf(column)];
                    n += value.isEmpty() ? 0 : Long.parseLong(value);
                }
                answers.put(f[1], n);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answers;
    }
}
