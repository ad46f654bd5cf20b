package app.recoverydesk.web.report;

import app.recoverydesk.money.Money;
import app.recoverydesk.web.i18n.Formats;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a report cell is written: for people (the page and the PDF — in their language, money in the tenant's
 * currency) or for spreadsheets (the CSV — ISO dates, a dot for decimals, amounts with their ISO currency).
 */
public interface CellFormat {

    String format(Object value);

    static CellFormat forPeople(Locale locale, ZoneId zone) {
        return value -> {
            if (value == null) {
                return "–";
            } else if (value instanceof Money m) {
                return Formats.money(m, locale);
            } else if (value instanceof ReportTable.Percent p) {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(1);
                f.setRoundingMode(RoundingMode.HALF_UP);
                return f.format(p.value()) + " %";
            } else if (value instanceof ReportTable.Minutes d) {
                if (d.value() < 120) {
                    return NumberFormat.getIntegerInstance(locale).format(d.value()) + " min";
                }
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(1);
                return f.format(d.value() / 60.0) + " h";
            } else if (value instanceof Number n) {
                return NumberFormat.getNumberInstance(locale).format(n);
            } else if (value instanceof LocalDate d) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
            } else if (value instanceof ReportTable.Bucket b) {
                String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(b.day());
                return b.partialLabel() == null ? day : day + " " + b.partialLabel();
            } else if (value instanceof ReportTable.Flag f) {
                return f.label();
            } else if (value instanceof Instant i) {
                return Formats.dateTime(i, locale, zone);
            }
            return value.toString();
        };
    }

    static CellFormat forSpreadsheets(ZoneId zone) {
        return value -> {
            if (value == null) {
                return "";
            } else if (value instanceof Money m) {
                return m.decimal().toPlainString() + " " + m.currency().getCurrencyCode();
            } else if (value instanceof ReportTable.Percent p) {
                return String.valueOf(p.value());
            } else if (value instanceof ReportTable.Minutes d) {
                return String.valueOf(d.value());
            } else if (value instanceof Instant i) {
                return i.atZone(zone).toOffsetDateTime().toString();
            } else if (value instanceof ReportTable.Bucket b) {
                return b.day().toString();
            } else if (value instanceof ReportTable.Flag f) {
                return String.valueOf(f.value());
            }
            return value.toString();
        };
    }

    /**
     * For a spreadsheet program set to the reader's language: numbers with that language's decimal mark and no
     * grouping (a spreadsheet reads "1234,50" as a number in Norwegian, "1 234,50" not always), amounts without
     * their currency (the column's header names it), ISO days, local times without seconds, words for yes/no.
     */
    static CellFormat forSpreadsheetsIn(Locale locale, ZoneId zone) {
        char mark = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        java.util.function.Function<String, String> decimal = plain -> plain.replace('.', mark);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return value -> {
            if (value == null) {
                return "";
            } else if (value instanceof Money m) {
                return decimal.apply(m.decimal().toPlainString());
            } else if (value instanceof ReportTable.Percent p) {
                return decimal.apply(String.valueOf(p.value()));
            } else if (value instanceof ReportTable.Minutes d) {
                return String.valueOf(d.value());
            } else if (value instanceof Double d) {
                return decimal.apply(String.valueOf(d));
            } else if (value instanceof java.math.BigDecimal d) {
                return decimal.apply(d.toPlainString());
            } else if (value instanceof Instant i) {
                return time.format(i.atZone(zone));
            } else if (value instanceof ReportTable.Bucket b) {
                return b.day().toString();
            } else if (value instanceof ReportTable.Flag f) {
                return f.label();
            }
            return value.toString();
        };
    }
}
