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

    /**
     * The words of a case: its texts, and its customer's name and contact (null for a case without a customer or
     * with an erased one, whose name and contact are gone).
     */
    public static Set<String> ofCase(String whatHappened, String customerExpected, String rootCauseNote,
                                     String customerName, String customerContact) {
        Set<String> words = of(whatHappened, customerExpected, rootCauseNote);
        words.addAll(ofCustomer(customerName, customerContact));
        return words;
    }

    /** The shortest tail of a phone number it is found by: the number without its country or area code. */
    static final int MIN_PHONE_DIGITS = 6;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");

    /**
     * The words a customer is found by: those of their name and contact, and a phone number also by its digits and
     * each tail of them ("+47 912 34 567" by "4791234567" and "91234567"), as people type it with or without the
     * country code. The caller leaves out an erased customer.
     */
    public static Set<String> ofCustomer(String name, String contact) {
        Set<String> words = of(name, contact);
        String digits = phoneDigits(contact);
        for (int start = 0; digits != null && digits.length() - start >= MIN_PHONE_DIGITS; start++) {
            String tail = digits.substring(start);
            words.add(tail.length() > MAX_LENGTH ? tail.substring(0, MAX_LENGTH) : tail);
        }
        return words;
    }

    /** A search's words: as {@link #of}, but a phone number typed with spaces or dashes is one word, its digits. */
    public static Set<String> ofSearch(String text) {
        String digits = phoneDigits(text);
        return digits != null ? new LinkedHashSet<>(Set.of(digits.length() > MAX_LENGTH ? digits.substring(0, MAX_LENGTH)
                : digits)) : of(text);
    }

    /** The digits of a text that is a phone number (digits and separators only, enough digits); null otherwise. */
    private static String phoneDigits(String text) {
        if (text == null || !PHONE.matcher(text.strip()).matches()) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() >= MIN_PHONE_DIGITS ? digits : null;
    }

    private static Stream<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.splitAsStream(folded.toLowerCase(Locale.ROOT))
                .filter(w -> w.length() >= MIN_LENGTH)
                .map(w -> w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w);
    }
}
