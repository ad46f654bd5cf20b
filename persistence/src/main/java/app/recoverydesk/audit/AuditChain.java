package app.recoverydesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The chain of a business's audit log: what an entry's hash covers, and the walk that finds the first broken link.
 * The one definition of both, used by the application ({@link AuditEntry}, the verify action) and by
 * {@code scripts/verify-audit.sh}; it needs nothing but the JDK, so the script runs it without a server.
 */
public final class AuditChain {

    /** The hash before a business's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** What a link says of itself: its fields as stored, the hash it claims, and its predecessor's hash. */
    public record Link(long id, long seq, Instant at, String actor, String kind, String subject, String fromValue,
                       String toValue, String prevHash, String hash) {

        /** The hash its fields and its predecessor's hash give now. */
        public String computedHash() {
            return AuditChain.hash(seq, at, actor, kind, subject, fromValue, toValue, prevHash);
        }
    }

    /** What is wrong at the first broken link. */
    public enum Problem {
        /** The entry's fields no longer give its hash: it was changed. */
        CHANGED,
        /** The entry's sequence number is not the one after its predecessor's: entries before it were removed. */
        MISSING_BEFORE,
        /** The entry does not point at its predecessor's hash: the one before it was changed or replaced. */
        LINK_BROKEN,
        /** The last entry is not the one the business's head names: entries at the end were removed or added. */
        HEAD_MISMATCH
    }

    /** The first broken link: the entry's sequence number and id (0 where no entry is left to name). */
    public record Break(long seq, long id, Problem problem) {
        @Override
        public String toString() {
            return switch (problem) {
                case CHANGED -> "entry " + seq + " (id " + id + ") was changed";
                case MISSING_BEFORE -> "entries are missing before entry " + seq + " (id " + id + ")";
                case LINK_BROKEN -> "entry " + seq + " (id " + id + ") does not follow the entry before it,"
                        + " which was changed or replaced";
                case HEAD_MISMATCH -> "the log ends at entry " + seq + " but its head names another last entry:"
                        + " entries at the end were removed";
            };
        }
    }

    private AuditChain() {
    }

    /** The text an entry's hash is taken of: its fields joined by the unit separator, the predecessor's hash last. */
    public static String hashedText(long seq, Instant at, String actor, String kind, String subject, String fromValue,
                                    String toValue, String prevHash) {
        return String.join("\u001f", Long.toString(seq), at.toString(), actor, kind, subject,
                String.valueOf(fromValue), String.valueOf(toValue), prevHash);
    }

    /** SHA-256 of {@link #hashedText}, in lower-case hex. */
    public static String hash(long seq, Instant at, String actor, String kind, String subject, String fromValue,
                              String toValue, String prevHash) {
        return sha256(hashedText(seq, at, actor, kind, subject, fromValue, toValue, prevHash));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Walks one business's entries in the order of their sequence numbers and stops at the first broken link. Feed
     * it every entry with {@link #next}, then {@link #end} with the business's head.
     */
    public static final class Walk {

        private long seq;
        private long id;
        private String hash = GENESIS;
        private long count;
        private Break broken;

        /** Checks the next entry; answers the first broken link once there is one (and keeps answering it). */
        public Optional<Break> next(Link link) {
            if (broken == null) {
                if (link.seq() != seq + 1) {
                    broken = new Break(link.seq(), link.id(), Problem.MISSING_BEFORE);
                } else if (!link.computedHash().equals(link.hash())) {
                    broken = new Break(link.seq(), link.id(), Problem.CHANGED);
                } else if (!hash.equals(link.prevHash())) {
                    broken = new Break(link.seq(), link.id(), Problem.LINK_BROKEN);
                } else {
                    seq = link.seq();
                    id = link.id();
                    hash = link.hash();
                    count++;
                }
            }
            return Optional.ofNullable(broken);
        }

        /** After the last entry: the head (null values where the business has none) must name that entry. */
        public Optional<Break> end(Long headSeq, String headHash) {
            if (broken == null) {
                long expectedSeq = headSeq == null ? 0 : headSeq;
                String expectedHash = headHash == null ? GENESIS : headHash;
                if (expectedSeq != seq || !expectedHash.equals(hash)) {
                    broken = new Break(seq, id, Problem.HEAD_MISMATCH);
                }
            }
            return Optional.ofNullable(broken);
        }

        /** The entries found intact so far. */
        public long count() {
            return count;
        }

        /** The sequence number of the last intact entry (0 before the first). */
        public long lastSeq() {
            return seq;
        }
    }
}
