package app.recoverydesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names — in a failure, a gate reason, a faces message or a page — is in the bundle
 * (and {@link BundlesTest} holds every language to the English keys), so no user ever sees a missing text or a
 * MissingResourceException instead of a refusal.
 */
class MessageKeysTest {

    /** Where a string literal is a key: failures, messages, page labels. */
    private static final Pattern IN_CODE = Pattern.compile(
            "(?:Message\\.of|InvalidInputException|BusinessException|super|Messages\\.(?:error|info|text)|TextInput\\.required"
                    + "|\\.add)\\(([^;]*)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern IN_PAGES = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void everyKeyTheCodeAndThePagesUseIsInTheBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream("/app/recoverydesk/web/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path root = Path.of("").toAbsolutePath().getParent();
        Set<String> used = new TreeSet<>();
        for (String module : new String[] {"persistence", "ejb", "web"}) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main"))) {
                files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml")).forEach(f -> keys(f, used));
            }
        }
        assertTrue(used.size() > 100, "the scan found the keys: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        // text literals that look like keys but are not: JPQL names, bundle base names, file names
        missing.removeIf(k -> k.startsWith("app.recoverydesk.") || k.startsWith("jakarta.") || k.matches(".*\\.(xhtml|pdf|csv|json|jpg)"));
        assertTrue(missing.isEmpty(), "keys used in the code but not in messages.properties: " + missing);
    }

    private static void keys(Path file, Set<String> into) {
        try {
            String text = Files.readString(file);
            if (file.toString().endsWith(".xhtml")) {
                Matcher m = IN_PAGES.matcher(text);
                while (m.find()) {
                    into.add(m.group(1));
                }
                return;
            }
            Matcher call = IN_CODE.matcher(text);
            while (call.find()) {
                Matcher literal = LITERAL.matcher(call.group(1));
                while (literal.find()) {
                    into.add(literal.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
