package app.recoverydesk.web.report;

import java.util.List;
import java.util.stream.Collectors;

/** A report table as RFC 4180 CSV, with a byte-order mark so spreadsheet programs read UTF-8 names right. */
public final class CsvExport {

    private CsvExport() {
    }

    public static String write(ReportTable table, CellFormat format) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, table.headers());
        for (List<ReportTable.Cell> row : table.rows()) {
            line(csv, row.stream().map(c -> format.format(c.value())).toList());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvExport::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    static String quote(String cell) {
        String c = cell == null ? "" : cell;
        // a leading = + - @ would be run as a formula by spreadsheet programs (CSV injection)
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+( [A-Z]{3})?")) {
            c = "'" + c;
        }
        boolean quoted = c.chars().anyMatch(ch -> ch == '"' || ch == ',' || ch == '\r' || ch == '\n');
        return quoted ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
    }
}
