package app.recoverydesk.web.i18n;

import app.recoverydesk.money.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The lists a setting is chosen from instead of typed: time zones (every region id the platform knows, sorted, with
 * its current UTC offset) and currencies (every ISO 4217 code money can be kept in, named in the page's language).
 */
@Named
@RequestScoped
public class Choices {

    /** Region ids such as Europe/Oslo, and UTC, sorted; no legacy aliases like EST5EDT or SystemV/AST4. */
    private static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.contains("/") && !id.startsWith("SystemV/") && !id.startsWith("Etc/"))
            .sorted().toList();

    private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .filter(c -> Money.currencyOf(c.getCurrencyCode()).isPresent())
            .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();

    @Inject
    private LocaleSelector localeSelector;

    /** "Europe/Oslo (UTC+01:00)", labelled for reading: spaces for underscores. */
    public List<SelectItem> getTimeZones() {
        Instant now = Instant.now();
        return ZONE_IDS.stream().map(id -> {
            String offset = ZoneId.of(id).getRules().getOffset(now).getId();
            return new SelectItem(id, id.replace('_', ' ') + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")");
        }).toList();
    }

    /** "NOK – norsk krone" in the page's language. */
    public List<SelectItem> getCurrencies() {
        Locale locale = localeSelector.getLocale();
        return CURRENCIES.stream()
                .map(c -> new SelectItem(c.getCurrencyCode(), c.getCurrencyCode() + " – " + c.getDisplayName(locale)))
                .toList();
    }
}
