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

/**
 * The whole report as one PDF: a title, the period and locations, then every table. The font is embedded
 * (DejaVu Sans from the class path when present, else Helvetica) so Norwegian, Polish, Croatian and Russian
 * text prints.
 */
public final class PdfExport {

    private PdfExport() {
    }

    public static byte[] write(String title, List<String> subtitle, List<ReportTable> tables, CellFormat format) {
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
                    cell.setBackgroundColor(new Color(230, 234, 240));
                    grid.addCell(cell);
                }
                for (List<ReportTable.Cell> row : table.rows()) {
                    for (ReportTable.Cell c : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(format.format(c.value()), body));
                        if (c.value() instanceof Number || c.value() instanceof ReportTable.Percent
                                || c.value() instanceof ReportTable.Minutes) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
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
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
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
