package app.recoverydesk.it;

import java.nio.file.Path;
import java.time.Duration;

/** Stops and starts WildFly and Keycloak exactly as ./run.sh does (scripts/servers.sh), for the durability tests. */
final class Servers {

    /** The clone's root; the tests run in ear/. */
    static final Path ROOT = Scripts.ROOT;
    private static final Path LOG = Path.of("target", "servers.log");

    private Servers() {
    }

    static void start(String server) {
        run("start", server);
    }

    /** SIGTERM to the server's process group, what Ctrl-C in ./run.sh sends; waits until it has exited. */
    static void stop(String server) {
        run("stop", server);
    }

    /** Runs a script of scripts/ with the test's environment; its output goes to target/servers.log. */
    static void script(String name, String... args) {
        script(java.util.Map.of(), name, args);
    }

    /** Runs a script of scripts/ with the test's environment and these variables besides. */
    static void script(java.util.Map<String, String> environment, String name, String... args) {
        Scripts.run(LOG, Duration.ofMinutes(6), environment, name, args);
    }

    private static void run(String what, String server) {
        script("servers.sh", what, server);
    }
}
