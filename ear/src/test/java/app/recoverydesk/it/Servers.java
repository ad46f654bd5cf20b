package app.recoverydesk.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts WildFly and Keycloak exactly as ./run.sh does (scripts/servers.sh), for the durability tests. */
final class Servers {

    /** The clone's root; the tests run in ear/. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
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
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("scripts").resolve(name).toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(LOG.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + LOG.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(String what, String server) {
        script("servers.sh", what, server);
    }
}
