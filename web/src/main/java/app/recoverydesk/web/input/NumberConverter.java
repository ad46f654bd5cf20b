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
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The one converter of every amount, limit and count a page asks for ({@code <f:converter
 * converterId="recovery.number"/>}): reads what the user wrote in the page's language (see {@link NumberInput}) and
 * hands the services what they expect — the canonical decimal string ("380.00") for a text property, a
 * {@link BigDecimal}, or a whole {@link Integer}/{@link Long} for a count; shows the value back in the same language.
 * Anything else is refused with a message in the page's language, the typed text kept in the field.
 */
@FacesConverter("recovery.number")
public class NumberConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        Class<?> type = targetType(context, component);
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            Long value = NumberInput.whole(text, locale)
                    .filter(v -> type == Long.class || type == long.class || v <= Integer.MAX_VALUE)
                    .orElseThrow(() -> refused(locale, "number.whole.invalid", "30"));
            return type == Long.class || type == long.class ? value : (Object) value.intValue();
        }
        BigDecimal value = NumberInput.decimal(text, locale)
                .orElseThrow(() -> refused(locale, "number.decimal.invalid", NumberInput.format(new BigDecimal("1760.50"), locale)));
        return type == BigDecimal.class ? value : value.toPlainString();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        Locale locale = context.getViewRoot().getLocale();
        if (value instanceof BigDecimal decimal) {
            return NumberInput.format(decimal, locale);
        }
        if (value instanceof Number number) {
            return NumberInput.format(BigDecimal.valueOf(number.longValue()), locale);
        }
        String text = value.toString();
        // a canonical string from the model reads back in the user's language; anything else stays as it was
        return text.matches("[0-9]+(\\.[0-9]+)?") ? NumberInput.format(new BigDecimal(text), locale) : text;
    }

    /** The property's type; a map entry (the approval queue's amounts) or an unknown one counts as text. */
    private static Class<?> targetType(FacesContext context, UIComponent component) {
        ValueExpression expression = component.getValueExpression("value");
        Class<?> type = expression == null ? null : expression.getType(context.getELContext());
        return type == null ? String.class : type;
    }

    private static ConverterException refused(Locale locale, String key, String example) {
        String text = Texts.render(Message.of(key, example), locale, ZoneOffset.UTC);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
