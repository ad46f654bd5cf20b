package app.recoverydesk.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may point at: http or https with a host, and — unless private targets are allowed (the demo,
 * or {@code WEBHOOK_ALLOW_PRIVATE=true}) — a host whose every address is public, so that a tenant cannot make the
 * server call into its own network (loopback, private and link-local ranges, CGNAT, IPv6 unique-local, multicast).
 * Checked when the endpoint is registered and again before every delivery, as a name may resolve differently later.
 */
public final class AddressGuard {

    /** Why a URL was refused: a message key of the bundle. */
    public enum Refusal {
        SYNTAX("webhook.url.invalid"),
        SCHEME("webhook.url.scheme"),
        UNKNOWN_HOST("webhook.url.unknownHost"),
        PRIVATE("webhook.url.private");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** How names are resolved; tests hand in their own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** As the server runs: private targets only where the environment or the demo allows them. */
    public static AddressGuard fromEnvironment() {
        return new AddressGuard(privateTargetsAllowed(), InetAddress::getAllByName);
    }

    /** {@code WEBHOOK_ALLOW_PRIVATE=true}, or the demo (the same switch as the demo data: property, else variable). */
    static boolean privateTargetsAllowed() {
        return Boolean.parseBoolean(System.getenv("WEBHOOK_ALLOW_PRIVATE"))
                || Boolean.parseBoolean(System.getProperty("recovery.demo-data", System.getenv("DEMO_DATA")));
    }

    /** The URL as it will be called, or empty when it is no http(s) URL with a host. */
    public static Optional<URI> parse(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Why this URL may not be called; empty where it may. */
    public Optional<Refusal> check(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(Refusal.SYNTAX);
        }
        String scheme = schemeOf(url.strip());
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(Refusal.SCHEME);
        }
        Optional<URI> uri = parse(url);
        if (uri.isEmpty()) {
            return Optional.of(Refusal.SYNTAX);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.get().getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of(Refusal.UNKNOWN_HOST);
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of(Refusal.UNKNOWN_HOST);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of(Refusal.PRIVATE);
            }
        }
        return Optional.empty();
    }

    private static String schemeOf(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : null;
    }

    /** An address of the server's own or a private network, which a webhook may not reach. */
    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true; // deprecated site-local fec0::/10
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            // an IPv4 address inside IPv6: mapped ::ffff:a.b.c.d, or compatible ::a.b.c.d
            if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return isInternalV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            // NAT64 64:ff9b::/96 with an internal IPv4 address
            if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isInternalV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
        }
        return false;
    }

    private static boolean isInternalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                   // "this network" 0/8
                || first == 127                             // loopback
                || first == 10                              // private 10/8
                || first == 172 && (second & 0xf0) == 16    // private 172.16/12
                || first == 192 && second == 168            // private 192.168/16
                || first == 169 && second == 254            // link-local 169.254/16
                || first == 100 && (second & 0xc0) == 64    // carrier-grade NAT 100.64/10
                || first >= 224;                            // multicast 224/4 and reserved 240/4, broadcast
    }
}
