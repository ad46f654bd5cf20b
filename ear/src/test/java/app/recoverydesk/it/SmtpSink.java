package app.recoverydesk.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Just enough of an SMTP server to receive the application's mail in a test: keeps recipients and subjects. */
final class SmtpSink implements AutoCloseable {

    record Mail(List<String> recipients, String subject) {
    }

    private final ServerSocket server;
    final List<Mail> received = new CopyOnWriteArrayList<>();

    SmtpSink(int port) throws IOException {
        server = new ServerSocket(port);
        Thread accept = new Thread(this::serve, "smtp-sink");
        accept.setDaemon(true);
        accept.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
                out.print("220 sink\r\n");
                out.flush();
                List<String> to = new CopyOnWriteArrayList<>();
                String subject = "";
                String line;
                while ((line = in.readLine()) != null) {
                    String upper = line.toUpperCase();
                    if (upper.startsWith("RCPT TO:")) {
                        to.add(line.substring(8).replaceAll("[<> ]", ""));
                        reply(out, "250 ok");
                    } else if (upper.equals("DATA")) {
                        reply(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (line.startsWith("Subject: ")) {
                                subject = line.substring(9);
                            }
                        }
                        received.add(new Mail(List.copyOf(to), subject));
                        reply(out, "250 queued");
                    } else if (upper.startsWith("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // closed, or a client gone: wait for the next one
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
