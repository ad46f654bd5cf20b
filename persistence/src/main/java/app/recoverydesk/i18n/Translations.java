package app.recoverydesk.i18n;

import static app.recoverydesk.json.Jsons.JSON;

import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A text's translations kept in one column as a JSON object {"nb": "...", "pl": "..."}. */
public final class Translations {

    private Translations() {
    }

    /** The JSON of the non-blank translations. */
    public static String toJson(Map<String, String> translations) {
        var json = JSON.createObjectBuilder();
        translations.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                json.add(language, text.strip());
            }
        });
        return json.build().toString();
    }

    public static Map<String, String> fromJson(String json) {
        Map<String, String> map = new TreeMap<>();
        if (json != null && !json.isBlank()) {
            JSON.createReader(new StringReader(json)).readObject()
                    .forEach((language, text) -> map.put(language, ((JsonString) text).getString()));
        }
        return map;
    }

    /** The text in the locale's language where it was translated, else {@code original}. */
    public static String in(String json, Locale locale, String original) {
        return fromJson(json).getOrDefault(locale.getLanguage(), original);
    }

    /** The languages a text of the business may be translated into: the languages the product speaks. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("nb", "en", "pl", "hr", "ru");

    /** The first of the languages a caller asks for (Accept-Language) that the product speaks; no and nn read as nb. */
    public static java.util.Optional<Locale> firstSpoken(Iterable<Locale> asked) {
        for (Locale locale : asked) {
            String language = locale.getLanguage().equals("no") || locale.getLanguage().equals("nn") ? "nb" : locale.getLanguage();
            if (LANGUAGES.contains(language)) {
                return java.util.Optional.of(Locale.forLanguageTag(language));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Refuses, naming {@code field}, translations into a language the product does not speak, one longer than
     * {@code maxEach} characters, or all of them together longer than their column holds.
     */
    public static void requireFit(String field, Map<String, String> translations, int maxEach,
                                  java.util.function.Predicate<String> fitsColumn) {
        if (translations == null || translations.isEmpty()) {
            return;
        }
        for (var t : translations.entrySet()) {
            if (t.getKey() == null || !LANGUAGES.contains(t.getKey())) {
                throw new app.recoverydesk.failure.InvalidInputException(field, "tenant.language.unknown");
            }
            app.recoverydesk.failure.TextInput.optional(field, t.getValue(), maxEach);
        }
        if (!fitsColumn.test(toJson(translations))) {
            throw new app.recoverydesk.failure.InvalidInputException(field, "text.tooLong", maxEach);
        }
    }
}
