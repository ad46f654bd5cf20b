package app.recoverydesk.web.report;

import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/** How a tile reads, on the page and in the PDF: the figure, its target, and the change as arrow, number and words. */
public final class KpiText {

    private final Function<String, String> text;
    private final Locale locale;
    private final CellFormat format;

    public KpiText(Function<String, String> text, Locale locale, CellFormat format) {
        this.text = text;
        this.locale = locale;
        this.format = format;
    }

    public String label(Kpi kpi) {
        return text.apply("report.kpi." + kpi.key());
    }

    public String value(Kpi kpi) {
        return format.format(kpi.current());
    }

    /** "target 60 min, over target", or empty for a figure without a target. */
    public String target(Kpi kpi) {
        if (kpi.target() == null) {
            return "";
        }
        String target = MessageFormat.format(text.apply("report.kpi.target"), format.format(kpi.target()));
        return kpi.current() == null ? target
                : target + " · " + text.apply(kpi.overTarget() ? "report.kpi.overTarget" : "report.kpi.onTarget");
    }

    public String arrow(Kpi kpi) {
        if (kpi.change() == null) {
            return "";
        }
        return switch (kpi.change().direction()) {
            case UP -> "▲";
            case DOWN -> "▼";
            case SAME -> "=";
        };
    }

    /** The change as it is shown: "12,5 %", "3 pp", "from 0", or "no previous data". */
    public String change(Kpi kpi) {
        Kpi.Change c = kpi.change();
        if (c == null) {
            return text.apply("report.kpi.noPrevious");
        }
        if (c.amount() == null) {
            return text.apply("report.kpi.fromZero");
        }
        return MessageFormat.format(text.apply(c.points() ? "report.kpi.points" : "report.kpi.percent"), number(c.amount()));
    }

    /** The change in words for screen readers, with whether it is for the better. */
    public String spoken(Kpi kpi) {
        Kpi.Change c = kpi.change();
        if (c == null) {
            return text.apply("report.kpi.noPrevious");
        }
        String moved = c.direction() == Kpi.Direction.SAME ? text.apply("report.kpi.same")
                : MessageFormat.format(text.apply(c.direction() == Kpi.Direction.UP ? "report.kpi.up" : "report.kpi.down"), change(kpi));
        return kpi.better() == null ? moved : moved + ", " + text.apply(kpi.better() ? "report.kpi.better" : "report.kpi.worse");
    }

    /** better, worse or neutral: the tile's style (always next to the arrow and words, never alone). */
    public String tone(Kpi kpi) {
        return kpi.better() == null ? "neutral" : kpi.better() ? "better" : "worse";
    }

    private String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
