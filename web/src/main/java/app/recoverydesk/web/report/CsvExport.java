package app.recoverydesk.web.report;

import app.recoverydesk.money.Money;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A report table as CSV, with a byte-order mark so spreadsheet programs read UTF-8 names right. Two kinds: for
 * programs (RFC 4180: commas, a dot for decimals, amounts with their ISO currency) and for a spreadsheet in the
 * reader's language (semicolons, that language's decimal mark, the currency in the column's header).
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static String write(ReportTable table, CellFormat format) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, table.headers(), ',');
        for (List<ReportTable.Cell> row : table.rows()) {
            line(csv, row.stream().map(c -> format.format(c.value())).toList(), ',');
        }
        return csv.toString();
    }

    /**
     * The spreadsheet kind: semicolons, as spreadsheets expect them wherever the comma is the decimal mark. A
     * column of amounts in one currency names it in its header and holds bare numbers; amounts among other figures
     * (the summary) keep their currency beside them.
     */
    public static String forSpreadsheet(ReportTable table, Locale locale, ZoneId zone) {
        CellFormat cells = CellFormat.forSpreadsheetsIn(locale, zone);
        List<String> headers = new ArrayList<>(table.headers());
        List<CellFormat> columns = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            int col = column;
            List<Object> values = table.rows().stream().map(r -> r.get(col).value()).filter(java.util.Objects::nonNull).toList();
            List<String> currencies = values.stream().filter(Money.class::isInstance)
                    .map(v -> ((Money) v).currency().getCurrencyCode()).distinct().toList();
            if (currencies.size() == 1 && values.stream().allMatch(Money.class::isInstance)) {
                headers.set(column, headers.get(column) + " (" + currencies.get(0) + ")");
                columns.add(cells);
            } else {
                columns.add(v -> v instanceof Money m ? cells.format(m) + " " + m.currency().getCurrencyCode() : cells.format(v));
            }
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, headers, ';');
        for (List<ReportTable.Cell> row : table.rows()) {
            List<String> line = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                line.add(columns.get(column).format(row.get(column).value()));
            }
            line(csv, line, ';');
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells, char separator) {
        csv.append(cells.stream().map(c -> quote(c, separator)).collect(Collectors.joining(String.valueOf(separator))))
                .append("\r\n");
    }

    static String quote(String cell) {
        return quote(cell, ',');
    }

    static String quote(String cell, char separator) {
        String c = cell == null ? "" : cell;
        // a leading = + - @ would be run as a formula by spreadsheet programs (CSV injection)
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.,]+( [A-Z]{3})?")) {
            c = "'" + c;
        }
        boolean quoted = c.chars().anyMatch(ch -> ch == '"' || ch == separator || ch == '\r' || ch == '\n');
        return quoted ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
    }
}
