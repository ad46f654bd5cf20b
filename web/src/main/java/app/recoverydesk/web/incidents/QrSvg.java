package app.recoverydesk.web.incidents;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an inline SVG, drawn on the server: a staff member shows the customer's link on a phone or prints
 * it, and nothing is loaded from elsewhere (the pages' content policy allows no other source).
 */
public final class QrSvg {

    private static final int BORDER = 4;

    private QrSvg() {
    }

    /** The SVG element for {@code text}, labelled {@code title} for screen readers. */
    public static String of(String text, String title) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-qr\" role=\"img\" viewBox=\"0 0 " + size + " "
                + size + "\" width=\"" + size * 5 + "\" height=\"" + size * 5 + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + escape(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
