import app.recoverydesk.audit.AuditChain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The walk of scripts/verify-audit.sh: reads the rows the script selects (tab-separated, texts in hex, so that no
 * byte is lost or escaped) and checks each business's chain with the application's own AuditChain (the one
 * definition of what an entry's hash covers). Prints one line per business; exit status 1 if any chain is broken.
 *   T tenant_id name-hex
 *   H tenant_id seq hash
 *   E tenant_id id seq at actor-hex kind-hex subject-hex from-hex|- to-hex|- prev_hash hash   (by tenant, then seq)
 */
public class VerifyAudit {

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    static final class Business {
        String name = "?";
        Long headSeq;
        String headHash;
        final AuditChain.Walk walk = new AuditChain.Walk();
        AuditChain.Break broken;
    }

    public static void main(String[] args) throws Exception {
        Map<Long, Business> businesses = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\t", -1);
            Business b = businesses.computeIfAbsent(Long.parseLong(f[1]), id -> new Business());
            switch (f[0]) {
                case "T" -> b.name = text(f[2]);
                case "H" -> {
                    b.headSeq = Long.parseLong(f[2]);
                    b.headHash = f[3];
                }
                case "E" -> {
                    if (b.broken == null) {
                        AuditChain.Link link = new AuditChain.Link(Long.parseLong(f[2]), Long.parseLong(f[3]),
                                LocalDateTime.parse(f[4], STORED).toInstant(ZoneOffset.UTC), text(f[5]), text(f[6]),
                                text(f[7]), text(f[8]), text(f[9]), f[10], f[11]);
                        b.broken = b.walk.next(link).orElse(null);
                    }
                }
                default -> throw new IllegalArgumentException("Unexpected row: " + line);
            }
        }
        boolean anyBroken = false;
        for (Map.Entry<Long, Business> e : businesses.entrySet()) {
            Business b = e.getValue();
            if (b.broken == null) {
                b.broken = b.walk.end(b.headSeq, b.headHash).orElse(null);
            }
            String who = b.name + " (tenant " + e.getKey() + ")";
            if (b.broken == null) {
                System.out.println(who + ": intact, " + b.walk.count() + " entries");
            } else {
                anyBroken = true;
                System.out.println(who + ": BROKEN at seq " + b.broken.seq() + " id " + b.broken.id() + " "
                        + b.broken.problem() + ": " + b.broken);
            }
        }
        System.exit(anyBroken ? 1 : 0);
    }

    /** A text the script selected as hex; "-" for NULL. */
    private static String text(String hex) {
        return "-".equals(hex) ? null : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }
}
