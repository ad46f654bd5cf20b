import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the application under test and its database, so that a test can take the database away
 * for a few seconds as an outage would (open connections cut, new ones refused) and bring it back — without
 * stopping the machine's database server. Run by the test command:
 * {@code java DatabaseProxy.java <listen port> <database host> <database port> <control port>}; the control port
 * takes the lines "down" and "up" and answers "ok".
 */
public class DatabaseProxy {

    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean down;

    public static void main(String[] args) throws IOException {
        int listen = Integer.parseInt(args[0]);
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        int control = Integer.parseInt(args[3]);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        Thread controller = new Thread(() -> control(new ServerSocketFactory(control, loopback)), "control");
        controller.setDaemon(true);
        controller.start();
        try (ServerSocket server = new ServerSocket(listen, 200, loopback)) {
            while (true) {
                Socket client = server.accept();
                if (down) {
                    client.setSoLinger(true, 0); // a reset, as a database that is gone answers
                    client.close();
                    continue;
                }
                try {
                    Socket database = new Socket(host, port);
                    OPEN.add(client);
                    OPEN.add(database);
                    pipe(client, database);
                    pipe(database, client);
                } catch (IOException e) {
                    client.close();
                }
            }
        }
    }

    private record ServerSocketFactory(int port, InetAddress address) {
    }

    private static void control(ServerSocketFactory at) {
        try (ServerSocket server = new ServerSocket(at.port(), 10, at.address())) {
            while (true) {
                try (Socket s = server.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                     OutputStream out = s.getOutputStream()) {
                    String command = in.readLine();
                    if ("down".equals(command)) {
                        down = true;
                        for (Socket open : OPEN) {
                            close(open);
                        }
                    } else if ("up".equals(command)) {
                        down = false;
                    }
                    out.write("ok\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread relay = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: close both
            } finally {
                close(from);
                close(to);
            }
        }, "relay");
        relay.setDaemon(true);
        relay.start();
    }

    private static void close(Socket socket) {
        OPEN.remove(socket);
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
