package app.recoverydesk.bench;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HAProxy (scripts/haproxy.cfg): from its statistics, how many answers each node of one backend has given so far;
 * through its runtime API, a node taken out of service and back.
 */
final class Balancer {

    private static final List<String> ANSWERS = List.of("hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx",
            "hrsp_other");

    private final HttpClient http = ApiLogging.client();
    private final URI csv;
    private final Path socket;
    private final String backend;

    Balancer(String statsUrl, Path socket, String backend) {
        this.csv = URI.create(statsUrl + (statsUrl.endsWith("/") ? "" : "/") + ";csv");
        this.socket = socket;
        this.backend = backend;
    }

    /**
     * Takes a node out of service (it keeps running, warm, and is still checked) or puts it back, where it takes
     * requests again once its checks pass.
     */
    void inService(String node, boolean ready) throws IOException {
        String answer = command("set server " + backend + "/" + node + " state " + (ready ? "ready" : "maint"));
        if (!answer.isBlank()) {
            throw new IOException("HAProxy refused to change " + node + ": " + answer.strip());
        }
    }

    /** One command of the runtime API; its answer. */
    private String command(String line) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                answer.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
                buffer.clear();
            }
            return answer.toString();
        }
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
