package app.recoverydesk.web.input;

import app.recoverydesk.failure.Message;
import app.recoverydesk.web.i18n.Texts;
import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The one converter of every date and time a page asks for ({@code <f:converter converterId="recovery.dateTime"/>},
 * or the {@code date-time-input.xhtml} include): reads what the user wrote in the page's language (see
 * {@link DateTimeInput}) into a {@link LocalDateTime}, or a {@link LocalDate} where the property is one, and shows
 * it back the same way. The wall-clock time is the tenant's: the backing bean places it in the tenant's time zone
 * ({@code formats.zone()}), never in the browser's. Anything else is refused with an example in the page's language,
 * the typed text kept in the field.
 */
@FacesConverter("recovery.dateTime")
public class DateTimeConverter implements Converter<Object> {

    /** The example the hint and the refusal show: a day every language writes differently. */
    static final LocalDateTime EXAMPLE = LocalDateTime.of(2026, 12, 24, 18, 30);

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        if (dateOnly(context, component)) {
            return DateTimeInput.date(text, locale)
                    .orElseThrow(() -> refused(locale, "input.date.invalid", example(locale, true)));
        }
        return DateTimeInput.dateTime(text, locale)
                .orElseThrow(() -> refused(locale, "input.dateTime.invalid", example(locale, false)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        Locale locale = context.getViewRoot().getLocale();
        if (value instanceof LocalDateTime dateTime) {
            return DateTimeInput.format(dateTime, locale);
        }
        if (value instanceof LocalDate date) {
            return DateTimeInput.format(date, locale);
        }
        return value == null ? "" : value.toString();
    }

    /** How this language writes the example day (and time): for hints next to the field. */
    public static String example(Locale locale, boolean dateOnly) {
        return dateOnly ? DateTimeInput.format(EXAMPLE.toLocalDate(), locale) : DateTimeInput.format(EXAMPLE, locale);
    }

    private static boolean dateOnly(FacesContext context, UIComponent component) {
        ValueExpression expression = component.getValueExpression("value");
        Class<?> type = expression == null ? null : expression.getType(context.getELContext());
        return type == LocalDate.class;
    }

    private static ConverterException refused(Locale locale, String key, String example) {
        String text = Texts.render(Message.of(key, example), locale, ZoneOffset.UTC);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
