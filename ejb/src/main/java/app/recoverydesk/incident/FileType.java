package app.recoverydesk.incident;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Recognises the accepted file types by their first bytes ("magic numbers"); the name and the header lie. */
final class FileType {

    private FileType() {
    }

    static Optional<String> detect(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (ascii(b, 4, "ftypheic") || ascii(b, 4, "ftypheix") || ascii(b, 4, "ftypmif1")) {
            return Optional.of("image/heic");
        }
        if (ascii(b, 0, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** Keeps the user's file name without paths or control characters; gives one where there is none. */
    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "attachment." + type.substring(type.indexOf('/') + 1);
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        return b.length >= offset + t.length && Arrays.equals(b, offset, offset + t.length, t, 0, t.length);
    }
}
