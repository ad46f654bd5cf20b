package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void imagesAndPdfsAreRecognisedByTheirBytes() {
        assertEquals(Optional.of("image/png"), FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(Optional.of("image/jpeg"), FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of("application/pdf"), FileType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anythingElseIsNotAccepted_whateverItIsCalled() {
        assertEquals(Optional.empty(), FileType.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.detect(new byte[0]));
        assertEquals(Optional.empty(), FileType.detect("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void fileNamesLosePathsAndControlCharacters() {
        assertEquals("plate.jpg", FileType.safeName("C:\\Users\\kari\\plate.jpg", "image/jpeg"));
        assertEquals("plate.jpg", FileType.safeName("../../plate.jpg", "image/jpeg"));
        assertEquals("attachment.pdf", FileType.safeName(null, "application/pdf"));
    }
}
