package app.recoverydesk.recovery;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.tenancy.BusinessType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The recovery options a new tenant starts with, by business type. Limits are set in euros and converted to the
 * tenant's currency at rough, round rates ("30 EUR equivalent"); managers adjust them to their own policy.
 * Written with plain SQL because a tenant is provisioned by the platform, outside any tenant's session.
 */
public final class DefaultCatalogues {

    record Default(String name, Map<String, String> names, OptionType type, Integer perIncidentEur, Long perDay,
                   List<String> roles) {
        boolean monetary() {
            return perIncidentEur != null;
        }
    }

    private static final List<String> STAFF = List.of("frontline", "manager");

    private static final Map<String, BigDecimal> PER_EURO = Map.of("EUR", BigDecimal.ONE, "NOK", new BigDecimal("11.7"),
            "PLN", new BigDecimal("4.3"), "USD", new BigDecimal("1.1"), "RUB", new BigDecimal("95"));

    private DefaultCatalogues() {
    }

    static List<Default> of(BusinessType type) {
        return switch (type) {
            case RESTAURANT -> List.of(
                    new Default("Remove dish from bill", Map.of("nb", "Fjern retten fra regningen", "pl", "Usuń danie z rachunku",
                            "hr", "Uklonite jelo s računa", "ru", "Убрать блюдо из счёта"), OptionType.COMP, 30, 150L, STAFF),
                    new Default("Free dessert", Map.of("nb", "Gratis dessert", "pl", "Darmowy deser", "hr", "Besplatan desert",
                            "ru", "Бесплатный десерт"), OptionType.GOODWILL, null, 10L, STAFF));
            case HOTEL -> List.of(
                    new Default("Late checkout", Map.of("nb", "Sen utsjekking", "pl", "Późne wymeldowanie", "hr", "Kasna odjava",
                            "ru", "Поздний выезд"), OptionType.UPGRADE, null, 10L, STAFF),
                    new Default("Room upgrade", Map.of("nb", "Oppgradering av rom", "pl", "Lepszy pokój", "hr", "Nadogradnja sobe",
                            "ru", "Повышение категории номера"), OptionType.UPGRADE, null, 3L, STAFF),
                    new Default("One night refund", Map.of("nb", "Refusjon av én natt", "pl", "Zwrot za jedną noc",
                            "hr", "Povrat za jednu noć", "ru", "Возврат за одну ночь"), OptionType.REFUND, 150, null, List.of("manager")));
            case CAR_RENTAL -> List.of(
                    new Default("Taxi reimbursement", Map.of("nb", "Refusjon av taxi", "pl", "Zwrot kosztów taksówki",
                            "hr", "Povrat troška taksija", "ru", "Возмещение такси"), OptionType.REIMBURSEMENT, 40, 120L, STAFF),
                    new Default("Replacement vehicle", Map.of("nb", "Erstatningsbil", "pl", "Pojazd zastępczy",
                            "hr", "Zamjensko vozilo", "ru", "Подменный автомобиль"), OptionType.REPLACEMENT, null, 5L, STAFF));
            case OTHER -> List.of(
                    new Default("Apology call", Map.of("nb", "Unnskyldningssamtale", "pl", "Telefon z przeprosinami",
                            "hr", "Poziv isprike", "ru", "Звонок с извинениями"), OptionType.APOLOGY_CALL, null, 20L, STAFF),
                    new Default("Goodwill voucher", Map.of("nb", "Gavekort", "pl", "Bon", "hr", "Poklon-bon", "ru", "Подарочный ваучер"),
                            OptionType.VOUCHER, 20, 100L, STAFF));
        };
    }

    /** An amount in euros as a round amount of the tenant's currency, in its minor units. */
    static long minorUnits(int euros, Currency currency) {
        BigDecimal rate = PER_EURO.getOrDefault(currency.getCurrencyCode(), BigDecimal.ONE);
        BigDecimal local = BigDecimal.valueOf(euros).multiply(rate);
        BigDecimal step = local.compareTo(BigDecimal.valueOf(100)) >= 0 ? BigDecimal.TEN : BigDecimal.ONE;
        BigDecimal rounded = local.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
        return rounded.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    }

    /** Gives every tenant without recovery options the defaults of its business type, policy version 1. */
    public static void seedMissing(Connection c) throws SQLException {
        try (PreparedStatement tenants = c.prepareStatement("select id, business_type, currency, created_at from tenant t "
                + "where not exists (select 1 from recovery_option o where o.tenant_id = t.id)");
             ResultSet rs = tenants.executeQuery()) {
            while (rs.next()) {
                seed(c, rs.getLong(1), BusinessType.valueOf(rs.getString(2)), Currency.getInstance(rs.getString(3)),
                        rs.getTimestamp(4).toInstant());
            }
        }
    }

    public static void seed(Connection c, long tenantId, BusinessType type, Currency currency, Instant from) throws SQLException {
        Timestamp since = Timestamp.from(from);
        for (Default d : of(type)) {
            long optionId;
            try (PreparedStatement option = c.prepareStatement("insert into recovery_option "
                    + "(tenant_id, name, names, type, monetary, created_at) values (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                var names = JSON.createObjectBuilder();
                d.names().forEach(names::add);
                option.setLong(1, tenantId);
                option.setString(2, d.name());
                option.setString(3, names.build().toString());
                option.setString(4, d.type().name());
                option.setBoolean(5, d.monetary());
                option.setTimestamp(6, since);
                option.executeUpdate();
                try (ResultSet key = option.getGeneratedKeys()) {
                    key.next();
                    optionId = key.getLong(1);
                }
            }
            try (PreparedStatement policy = c.prepareStatement("insert into recovery_policy (tenant_id, option_id, version, "
                    + "effective_from, per_incident_minor, per_day_limit, currency, roles, created_by, created_at) "
                    + "values (?, ?, 1, ?, ?, ?, ?, ?, 'system', ?)")) {
                policy.setLong(1, tenantId);
                policy.setLong(2, optionId);
                policy.setTimestamp(3, since);
                policy.setObject(4, d.monetary() ? minorUnits(d.perIncidentEur(), currency) : null);
                policy.setObject(5, d.perDay() == null ? null
                        : d.monetary() ? minorUnits(d.perDay().intValue(), currency) : d.perDay());
                policy.setString(6, currency.getCurrencyCode());
                policy.setString(7, String.join(",", d.roles()));
                policy.setTimestamp(8, since);
                policy.executeUpdate();
            }
        }
    }
}
