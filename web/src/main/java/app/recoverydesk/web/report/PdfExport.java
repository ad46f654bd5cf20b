package app.recoverydesk.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.text.MessageFormat;
import java.time.ZoneId;
import app.recoverydesk.money.Money;
import app.recoverydesk.report.ComplianceReport;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * The whole report as one PDF: a title, the period and locations, the key figures as tiles, the charts as
 * images drawn on the server, then every table; "page 1 of 3" at the foot of each page. The font is embedded
 * (DejaVu Sans from the class path when present, else Helvetica) so Norwegian, Polish, Croatian and Russian
 * text prints.
 */
public final class PdfExport {

    private static final Color HEAD = new Color(230, 234, 240);
    private static final Color PARTIAL = new Color(245, 246, 248);

    private PdfExport() {
    }

    /** The report in the reader's language: {@code text} its bundle, days and times in {@code zone}. */
    public static byte[] report(ComplianceReport report, String title, List<String> subtitle, Function<String, String> text,
                                Locale locale, ZoneId zone) {
        CellFormat format = CellFormat.forPeople(locale, zone);
        return write(title, subtitle, Kpi.of(report), new KpiText(text, locale, format), ReportChart.of(report, text, format),
                ReportTables.of(report, text), format, locale, text);
    }

    /** Tables only, without page numbers (the customer's file). */
    public static byte[] write(String title, List<String> subtitle, List<ReportTable> tables, CellFormat format) {
        return write(title, subtitle, List.of(), null, List.of(), tables, format, Locale.ENGLISH, null);
    }

    static byte[] write(String title, List<String> subtitle, List<Kpi> kpis, KpiText kpiText, List<ReportChart> charts,
                        List<ReportTable> tables, CellFormat format, Locale locale, Function<String, String> text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            BaseFont base = font();
            Font heading = new Font(base, 16, Font.BOLD);
            Font section = new Font(base, 12, Font.BOLD);
            Font body = new Font(base, 8);
            Font head = new Font(base, 8, Font.BOLD);
            document.add(new Paragraph(title, heading));
            for (String line : subtitle) {
                document.add(new Paragraph(line, body));
            }
            if (!kpis.isEmpty()) {
                document.add(tiles(kpis, kpiText, base));
            }
            if (!charts.isEmpty()) {
                document.add(charts(charts, base, locale));
            }
            for (ReportTable table : tables) {
                Paragraph name = new Paragraph(table.title(), section);
                name.setSpacingBefore(12);
                name.setSpacingAfter(4);
                document.add(name);
                PdfPTable grid = new PdfPTable(table.headers().size());
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                for (String header : table.headers()) {
                    PdfPCell cell = new PdfPCell(new Phrase(header, head));
                    cell.setBackgroundColor(HEAD);
                    grid.addCell(cell);
                }
                Font partialFont = new Font(base, 8, Font.ITALIC);
                for (List<ReportTable.Cell> row : table.rows()) {
                    boolean partial = ReportTable.partial(row);
                    for (ReportTable.Cell c : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(format.format(c.value()), partial ? partialFont : body));
                        if (c.value() instanceof Number || c.value() instanceof ReportTable.Percent
                                || c.value() instanceof ReportTable.Minutes || c.value() instanceof Money) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        if (partial) {
                            cell.setBackgroundColor(PARTIAL);
                        }
                        grid.addCell(cell);
                    }
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("–", body));
                    none.setColspan(table.headers().size());
                    grid.addCell(none);
                }
                document.add(grid);
                if (table.note() != null) {
                    document.add(new Paragraph(table.note(), body));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return text == null ? out.toByteArray() : numbered(out.toByteArray(), text.apply("report.pdf.page"));
    }

    /** The key figures, four to a row: name, value, target, and the change as arrow, number and word. */
    private static PdfPTable tiles(List<Kpi> kpis, KpiText kpiText, BaseFont base) {
        Font label = new Font(base, 8, Font.NORMAL, new Color(0x4a, 0x55, 0x60));
        Font value = new Font(base, 15, Font.BOLD);
        Font small = new Font(base, 8);
        PdfPTable tiles = new PdfPTable(4);
        tiles.setWidthPercentage(100);
        tiles.setSpacingBefore(10);
        for (Kpi kpi : kpis) {
            PdfPCell tile = new PdfPCell();
            tile.setPadding(6);
            tile.setBorderColor(HEAD);
            tile.addElement(new Paragraph(kpiText.label(kpi), label));
            tile.addElement(new Paragraph(kpiText.value(kpi), value));
            if (!kpiText.target(kpi).isEmpty()) {
                tile.addElement(new Paragraph(kpiText.target(kpi), small));
            }
            String change = (kpiText.arrow(kpi) + " " + kpiText.change(kpi)).strip();
            tile.addElement(new Paragraph(change, small));
            tiles.addCell(tile);
        }
        tiles.completeRow();
        return tiles;
    }

    /** The bar charts side by side, the trend below them at full width. */
    private static PdfPTable charts(List<ReportChart> charts, BaseFont base, Locale locale) throws DocumentException {
        Font section = new Font(base, 10, Font.BOLD);
        PdfPTable grid = new PdfPTable(2);
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(10);
        for (ReportChart chart : charts) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.addElement(new Paragraph(chart.title(), section));
            try {
                Image image = Image.getInstance(ChartImage.png(chart, locale));
                image.setAlt(chart.title());
                image.scalePercent(100);
                image.setWidthPercentage(100);
                cell.addElement(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (chart.kind() == ReportChart.Kind.LINES) {
                cell.setColspan(2);
                cell.setPaddingLeft(160);
                cell.setPaddingRight(160);
            }
            grid.addCell(cell);
        }
        grid.completeRow();
        return grid;
    }

    /** Writes "page n of m" (the bundle's pattern) at the foot of every page, once the number of pages is known. */
    private static byte[] numbered(byte[] pdf, String pattern) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            Font font = new Font(font(), 8);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_RIGHT,
                        new Phrase(MessageFormat.format(pattern, page, pages), font), size.getRight() - 36, 20, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont font() {
        try (InputStream ttf = PdfExport.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (ttf != null) {
                return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        ttf.readAllBytes(), null);
            }
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
