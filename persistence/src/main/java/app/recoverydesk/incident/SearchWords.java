package app.recoverydesk.incident;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words an incident is found by, and how a search is split into the same words. One rule for both
 * sides: letters and digits only, lower case, accents dropped ("Café" is found by "cafe"), at least
 * {@link #MIN_LENGTH} characters, cut at {@link #MAX_LENGTH}. Plain Java, so that every writer of incidents
 * (the application, the demo history, the benchmark's seeder) indexes a text the same way.
 */
public final class SearchWords {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 40;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** The distinct words of the texts (null texts are skipped), in the order they first occur. */
    public static Set<String> of(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).flatMap(SearchWords::words)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Stream<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.splitAsStream(folded.toLowerCase(Locale.ROOT))
                .filter(w -> w.length() >= MIN_LENGTH)
                .map(w -> w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w);
    }
}
