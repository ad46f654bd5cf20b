package app.recoverydesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    /** Names resolve to what this map says, so that no test depends on a DNS server. */
    private static final Map<String, String[]> NAMES = Map.of(
            "hooks.example.com", new String[] {"93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"},
            "rebound.example.com", new String[] {"93.184.215.14", "10.0.0.7"},
            "localhost", new String[] {"127.0.0.1", "::1"});

    private static final AddressGuard GUARD = new AddressGuard(false, AddressGuardTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)}; // a literal: no lookup
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] all = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            all[i] = InetAddress.getByName(addresses[i]);
        }
        return all;
    }

    @Test
    void publicHostsOverHttpAndHttpsAreAllowed() {
        assertEquals(Optional.empty(), GUARD.check("https://hooks.example.com/recovery"));
        assertEquals(Optional.empty(), GUARD.check("http://hooks.example.com:8080/x?y=1"));
        assertEquals(Optional.empty(), GUARD.check("https://93.184.215.14/"));
        assertEquals(Optional.empty(), GUARD.check("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/"));
        assertEquals(Optional.empty(), GUARD.check("https://172.32.0.1/"), "just outside 172.16/12");
        assertEquals(Optional.empty(), GUARD.check("https://100.128.0.1/"), "just outside 100.64/10");
        assertEquals(Optional.empty(), GUARD.check("https://172.15.255.255/"), "just below 172.16/12");
    }

    @Test
    void everyInternalRangeIsRefused() {
        for (String url : new String[] {
                "http://127.0.0.1/hook", "http://127.8.9.10/", "http://localhost:8080/", "http://0.0.0.0/",
                "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://100.127.255.255/",
                "http://224.0.0.1/", "http://255.255.255.255/", "http://[::1]/", "http://[::]/",
                "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[ff02::1]/",
                "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/",
                "http://rebound.example.com/"}) {
            assertEquals(Optional.of(AddressGuard.Refusal.PRIVATE), GUARD.check(url), url);
        }
    }

    @Test
    void onlyHttpUrlsWithAHostAreAccepted() {
        assertEquals(Optional.of(AddressGuard.Refusal.SCHEME), GUARD.check("ftp://hooks.example.com/"));
        assertEquals(Optional.of(AddressGuard.Refusal.SCHEME), GUARD.check("javascript:alert(1)"));
        assertEquals(Optional.of(AddressGuard.Refusal.SCHEME), GUARD.check("file:///etc/passwd"));
        assertEquals(Optional.of(AddressGuard.Refusal.SCHEME), GUARD.check("gopher://hooks.example.com/"));
        assertEquals(Optional.of(AddressGuard.Refusal.SYNTAX), GUARD.check("not a url"));
        assertEquals(Optional.of(AddressGuard.Refusal.SYNTAX), GUARD.check("http://"));
        assertEquals(Optional.of(AddressGuard.Refusal.SYNTAX), GUARD.check("https:/hooks.example.com"));
        assertEquals(Optional.of(AddressGuard.Refusal.SYNTAX), GUARD.check("http://user:pw@hooks.example.com/"));
        assertEquals(Optional.of(AddressGuard.Refusal.SYNTAX), GUARD.check(""));
        assertEquals(Optional.of(AddressGuard.Refusal.UNKNOWN_HOST), GUARD.check("https://no-such-host.invalid/"));
    }

    @Test
    void privateTargetsAreAllowedWhereTheEnvironmentSaysSo() {
        AddressGuard demo = new AddressGuard(true, host -> {
            throw new AssertionError("no lookup needed");
        });
        assertEquals(Optional.empty(), demo.check("http://127.0.0.1:9999/hook"));
        assertEquals(Optional.of(AddressGuard.Refusal.SCHEME), demo.check("ftp://127.0.0.1/"));
        assertTrue(AddressGuard.isInternal(InetAddress.getLoopbackAddress()));
    }
}
