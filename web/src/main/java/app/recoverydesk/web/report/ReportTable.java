package app.recoverydesk.web.report;

import app.recoverydesk.report.Figure;
import java.util.List;

/**
 * One table of the compliance report as the page, the CSV and the PDF show it: headers in the reader's
 * language, cells with their raw values (formatted by whoever writes them) and, where a figure can be opened,
 * the drill-down to the incidents behind it.
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Cell>> rows) {

    public record Cell(Object value, Drill drill) {
        public static Cell of(Object value) {
            return new Cell(value, null);
        }
    }

    /** Which incidents a figure stands for: the figure, its key (a root cause, option, owner) and a location. */
    public record Drill(Figure figure, String key, Long locationId) {
        public static Drill of(Figure figure) {
            return new Drill(figure, null, null);
        }
    }

    /** A duration in whole minutes, so writers can show it as minutes or hours. */
    public record Minutes(long value) {
    }

    /** A share in percent (one decimal). */
    public record Percent(double value) {
    }
}
