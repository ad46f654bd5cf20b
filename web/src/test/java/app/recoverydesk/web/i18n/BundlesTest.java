package app.recoverydesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.incident.Channel;
import app.recoverydesk.incident.DefaultCategories;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentFilter;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every language has every text, and every value a page shows has a label. */
class BundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/app/recoverydesk/web/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nb", "_pl", "_hr", "_ru"})
    void eachLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<Object> english = bundle("").keySet();
        Properties translated = bundle(language);
        assertEquals(english, translated.keySet(), language);
        translated.forEach((k, v) -> assertFalse(v.toString().isBlank(), language + " " + k));
    }

    @Test
    void everyEnumValueAndDefaultCategoryHasALabel() throws IOException {
        Properties english = bundle("");
        List<String> keys = Stream.of(
                Stream.of(Severity.values()).map(v -> "Severity." + v),
                Stream.of(RootCause.values()).map(v -> "RootCause." + v),
                Stream.of(IncidentStatus.values()).map(v -> "IncidentStatus." + v),
                Stream.of(IncidentStatus.values()).map(v -> "IncidentStatus.to." + v),
                Stream.of(Channel.values()).map(v -> "Channel." + v),
                Stream.of(IncidentFilter.Sort.values()).map(v -> "Sort." + v),
                Stream.of(IncidentEvent.Kind.values()).map(v -> "IncidentEvent." + v),
                Stream.of(BusinessType.values()).map(v -> "BusinessType." + v),
                Stream.of(app.recoverydesk.tenancy.TenantStatus.values()).map(v -> "TenantStatus." + v),
                app.recoverydesk.security.Roles.TENANT_ROLES.stream().map(r -> "Role." + r),
                Stream.of(app.recoverydesk.recovery.RecoveryStatus.values()).map(v -> "RecoveryStatus." + v),
                Stream.of(app.recoverydesk.recovery.OptionType.values()).map(v -> "OptionType." + v),
                Stream.of(app.recoverydesk.notification.Notification.Kind.values()).map(v -> "Notification." + v),
                Stream.of(app.recoverydesk.promise.PromiseStatus.values()).map(v -> "PromiseStatus." + v),
                Stream.of(app.recoverydesk.initiative.InitiativeStatus.values()).map(v -> "InitiativeStatus." + v),
                Stream.of(app.recoverydesk.initiative.InitiativeStatus.values()).map(v -> "InitiativeStatus.to." + v),
                Stream.of(app.recoverydesk.initiative.ItemKind.values()).map(v -> "ItemKind." + v),
                Stream.of(app.recoverydesk.report.Figure.values()).map(v -> "Figure." + v),
                Stream.of(app.recoverydesk.report.RootCauseGroup.values()).map(v -> "report.group." + v),
                app.recoverydesk.web.report.ReportTables.IDS.stream().map(id -> "report.table." + id),
                Stream.of(BusinessType.values()).flatMap(t -> DefaultCategories.of(t).stream()).map(c -> "Category." + c))
                .flatMap(s -> s).toList();
        keys.forEach(k -> assertTrue(english.containsKey(k), "no label for " + k));
    }

    /** Without its own text, the faces runtime answers in English ("Validation Error: Value is not valid"). */
    @Test
    void theFormRefusalsOfTheFacesRuntimeAreOurOwnTexts() throws IOException {
        Properties english = bundle("");
        Stream.of("component.UIInput.REQUIRED", "component.UISelectOne.INVALID", "component.UISelectMany.INVALID",
                "converter.LongConverter.LONG", "converter.IntegerConverter.INTEGER",
                "converter.BigDecimalConverter.DECIMAL", "converter.DateTimeConverter.DATETIME",
                "converter.DateTimeConverter.DATE")
                .map(k -> "jakarta.faces." + k)
                .forEach(k -> assertTrue(english.containsKey(k), "no text for " + k));
    }
}
