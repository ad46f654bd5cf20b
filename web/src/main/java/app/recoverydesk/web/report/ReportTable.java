package app.recoverydesk.web.report;

import app.recoverydesk.report.Figure;
import java.time.LocalDate;
import java.util.List;

/**
 * One table of the compliance report as the page, the CSV and the PDF show it: headers in the reader's
 * language, cells with their raw values (formatted by whoever writes them) and, where a figure can be opened,
 * the drill-down to the incidents behind it; {@code note}, in the reader's language, says what the rows leave out
 * (null when nothing).
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Cell>> rows, String note) {

    public ReportTable(String id, String title, List<String> headers, List<List<Cell>> rows) {
        this(id, title, headers, rows, null);
    }

    /** A value, and where it opens: the incidents behind it ({@code drill}) or another page ({@code link}). */
    public record Cell(Object value, Drill drill, String link) {
        public Cell(Object value, Drill drill) {
            this(value, drill, null);
        }

        public static Cell of(Object value) {
            return new Cell(value, null, null);
        }

        public static Cell linked(Object value, String link) {
            return new Cell(value, null, link);
        }
    }

    /**
     * Which incidents a figure stands for: the figure, its key (a root cause, option, owner), a location, and
     * days narrower than the report's (a week or month of the trend); nulls mean the report's own.
     */
    public record Drill(Figure figure, String key, Long locationId, LocalDate from, LocalDate to) {
        public Drill(Figure figure, String key, Long locationId) {
            this(figure, key, locationId, null, null);
        }

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

    /** The first day of a trend's week or month; {@code partialLabel} ("(partial)") when it covers fewer days. */
    public record Bucket(LocalDate day, String partialLabel) {
    }

    /** A yes/no column: true or false for programs, the word of the reader's language for people. */
    public record Flag(boolean value, String label) {
    }

    /** Whether a row is a partial bucket of the trend, which the page and the PDF set apart. */
    public static boolean partial(List<Cell> row) {
        return row.stream().anyMatch(c -> c.value() instanceof Bucket b && b.partialLabel() != null);
    }
}
