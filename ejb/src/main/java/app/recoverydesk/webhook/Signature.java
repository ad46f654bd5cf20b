package app.recoverydesk.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery proves where it comes from: {@code X-Recovery-Signature: sha256=<hex>}, the lowercase hex
 * HMAC-SHA256 of the request body's exact bytes, keyed with the endpoint's secret (its UTF-8 bytes).
 */
public final class Signature {

    public static final String HEADER = "X-Recovery-Signature";
    public static final String PREFIX = "sha256=";
    /** Shortest secret an admin may choose; generated ones are 32 random bytes, 43 characters. */
    public static final int MIN_SECRET = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** The header's value for this body. */
    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    public static String of(String secret, String body) {
        return of(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A new secret: 32 random bytes, URL-safe Base64 without padding. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
