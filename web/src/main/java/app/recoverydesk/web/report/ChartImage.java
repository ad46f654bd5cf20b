package app.recoverydesk.web.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A report chart drawn on the server as a PNG for the PDF, with Java2D in headless mode (no display needed).
 * The font is the PDF's own DejaVu Sans from the class path, so no system fonts are needed either. Drawn at twice
 * the size it is printed, to stay sharp.
 */
final class ChartImage {

    static final int WIDTH = 800;
    static final int HEIGHT = 380;
    private static final int SCALE = 2;
    private static final Color GRID = new Color(0xdd, 0xe2, 0xe8);
    private static final Color INK = new Color(0x22, 0x2b, 0x33);

    static {
        // WildFly's start scripts set it; a server started otherwise must not try to reach a display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final java.text.NumberFormat numbers;

    private ChartImage(java.util.Locale locale) {
        numbers = java.text.NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
    }

    /** The chart as a PNG, its numbers written in the reader's language. */
    static byte[] png(ReportChart chart, java.util.Locale locale) {
        return new ChartImage(locale).draw(chart);
    }

    private byte[] draw(ReportChart chart) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(font(18f));
            int legendBottom = legend(g, chart);
            if (chart.kind() == ReportChart.Kind.BARS) {
                bars(g, chart, legendBottom);
            } else {
                lines(g, chart, legendBottom);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private int legend(Graphics2D g, ReportChart chart) {
        int x = 10;
        FontMetrics m = g.getFontMetrics();
        for (ReportChart.Series s : chart.series()) {
            g.setColor(Color.decode(s.color()));
            g.fillRect(x, 6, 16, 16);
            g.setColor(INK);
            g.drawString(s.name(), x + 22, 21);
            x += 40 + m.stringWidth(s.name());
        }
        return 44;
    }

    /** Horizontal bars: one row per label, the label whole on the left, a bar per series. */
    private void bars(Graphics2D g, ReportChart chart, int top) {
        FontMetrics m = g.getFontMetrics();
        int labelWidth = Math.min(WIDTH * 3 / 5, chart.labels().stream().mapToInt(m::stringWidth).max().orElse(0) + 12);
        int left = labelWidth + 10;
        int right = WIDTH - 60;
        double max = Math.max(1, max(chart));
        int rows = chart.labels().size();
        double rowHeight = (HEIGHT - top - 10) / (double) rows;
        int bars = chart.series().size();
        double barHeight = Math.min(22, (rowHeight - 8) / bars);
        grid(g, left, right, top, HEIGHT - 10, max);
        for (int r = 0; r < rows; r++) {
            double y = top + r * rowHeight;
            g.setColor(INK);
            g.drawString(fit(chart.labels().get(r), m, labelWidth - 4), 6, (int) (y + rowHeight / 2 + m.getAscent() / 2.0 - 2));
            for (int b = 0; b < bars; b++) {
                double value = chart.series().get(b).values().get(r);
                int width = (int) Math.round((right - left) * value / max);
                int barTop = (int) (y + (rowHeight - barHeight * bars) / 2 + b * barHeight);
                g.setColor(Color.decode(chart.series().get(b).color()));
                g.fillRect(left, barTop, Math.max(width, 1), (int) barHeight - 2);
                g.setColor(INK);
                g.drawString(number(value), left + width + 4, (int) (barTop + barHeight / 2 + m.getAscent() / 2.0 - 2));
            }
        }
    }

    /** A line per series over the buckets; the segment to a partial bucket is dashed and its point hollow. */
    private void lines(Graphics2D g, ReportChart chart, int top) {
        FontMetrics m = g.getFontMetrics();
        int left = 50;
        int right = WIDTH - 20;
        int bottom = HEIGHT - 40;
        double max = Math.max(1, max(chart));
        int n = chart.labels().size();
        double step = n > 1 ? (right - left) / (double) (n - 1) : 0;
        g.setColor(GRID);
        for (int t = 0; t <= 4; t++) {
            int y = (int) (bottom - (bottom - top) * t / 4.0);
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(INK);
            String label = number(max * t / 4.0);
            g.drawString(label, left - 6 - m.stringWidth(label), y + 4);
        }
        // every label when they fit, else every k-th; the last (the partial one, if any) always
        int widest = chart.labels().stream().mapToInt(m::stringWidth).max().orElse(0) + 12;
        int every = step == 0 ? 1 : (int) Math.ceil(widest / step);
        for (int i = 0; i < n; i++) {
            int x = (int) (left + i * step);
            String label = chart.labels().get(i);
            g.setColor(INK);
            if (i == n - 1 || i % every == 0 && i + every <= n - 1 + (every > 1 ? 0 : 1)) {
                g.drawString(label, Math.max(0, Math.min(WIDTH - m.stringWidth(label), x - m.stringWidth(label) / 2)), bottom + 20);
            }
        }
        BasicStroke solid = new BasicStroke(2.5f);
        BasicStroke dashed = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {7, 5}, 0);
        for (ReportChart.Series s : chart.series()) {
            Color color = Color.decode(s.color());
            int px = 0;
            int py = 0;
            for (int i = 0; i < n; i++) {
                int x = (int) (left + i * step);
                int y = (int) (bottom - (bottom - top) * s.values().get(i) / max);
                g.setColor(color);
                if (i > 0) {
                    g.setStroke(chart.isPartial(i) || chart.isPartial(i - 1) ? dashed : solid);
                    g.drawLine(px, py, x, y);
                }
                g.setStroke(solid);
                if (chart.isPartial(i)) {
                    g.setColor(Color.WHITE);
                    g.fillRect(x - 5, y - 5, 10, 10);
                    g.setColor(color);
                    g.drawRect(x - 5, y - 5, 10, 10);
                } else {
                    g.fillOval(x - 4, y - 4, 8, 8);
                }
                px = x;
                py = y;
            }
        }
    }

    private void grid(Graphics2D g, int left, int right, int top, int bottom, double max) {
        FontMetrics m = g.getFontMetrics();
        for (int t = 0; t <= 4; t++) {
            int x = (int) (left + (right - left) * t / 4.0);
            g.setColor(GRID);
            g.drawLine(x, top, x, bottom);
            g.setColor(INK);
            String label = number(max * t / 4.0);
            g.drawString(label, x - m.stringWidth(label) / 2, top - 2);
        }
    }

    /** The axis' end: four steps of 1, 2 or 5 times a power of ten, so the grid lines fall on round numbers. */
    private static double max(ReportChart chart) {
        double max = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double raw = Math.max(max, 4) / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
        return step * 4;
    }

    private String number(double value) {
        return numbers.format(value);
    }

    /** A label shortened with an ellipsis only when it cannot fit the label column. */
    private static String fit(String label, FontMetrics m, int width) {
        if (m.stringWidth(label) <= width) {
            return label;
        }
        String s = label;
        while (s.length() > 1 && m.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static Font base;

    private static synchronized Font font(float size) {
        if (base == null) {
            try (InputStream ttf = ChartImage.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                base = ttf == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : Font.createFont(Font.TRUETYPE_FONT, ttf);
            } catch (IOException | FontFormatException e) {
                base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
        }
        return base.deriveFont(size);
    }
}
