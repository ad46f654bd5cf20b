package app.recoverydesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One signed-in browser opening the JSF pages a frontline worker lives in, by turns: the case page of a random
 * case of the tenant (/incidents/view.xhtml?id=...) and a page of the incident list (/incidents/list.xhtml,
 * newest first). Times the whole HTML answer over loopback: the server's time plus a local round trip; the page's
 * scripts and styles are not fetched (a browser has them cached). Every answer must be the page itself (200).
 */
final class Pages implements Load.Op {

    /** Cases whose page is opened, spread over the tenant's ids. */
    private static final int CASES = 500;

    private final BrowserSession session;
    private final String app;
    private final List<Long> cases;
    private final Random random;

    Pages(BrowserSession session, String app, List<Long> cases, int worker) {
        this.session = session;
        this.app = app;
        this.cases = cases;
        this.random = new Random(6000L + worker);
    }

    /** Signs in one browser session per client, before any is measured. */
    static List<BrowserSession> signIn(String app, String username, int clients) throws IOException,
            InterruptedException {
        List<BrowserSession> sessions = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            sessions.add(BrowserSession.signIn(URI.create(app + "/incidents/list.xhtml"), username, "demo"));
        }
        System.out.printf("%n  %d browser sessions signed in as %s through the login pages in %.1f s%n", clients,
                username, (System.nanoTime() - started) / 1e9);
        return sessions;
    }

    /** Ids of the tenant's cases, picked at random points of its id range (as reproducible as the seed). */
    static List<Long> cases(Db db, long tenantId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.connect()) {
            long min;
            long max;
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM incident WHERE tenant_id = ?")) {
                ps.setLong(1, tenantId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    min = rs.getLong(1);
                    max = rs.getLong(2);
                }
            }
            Random r = new Random(5000L + tenantId);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM incident WHERE tenant_id = ? AND id >= ? ORDER BY id LIMIT 1")) {
                for (int i = 0; i < CASES && max > 0; i++) {
                    ps.setLong(1, tenantId);
                    ps.setLong(2, min + (long) (r.nextDouble() * (max - min + 1)));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("Tenant " + tenantId + " has no incidents for the case page");
        }
        return ids;
    }

    @Override
    public Load.Outcome call(long n) {
        boolean casePage = n % 2 == 0;
        String kind = casePage ? "case page" : "list page";
        URI uri = URI.create(casePage ? app + "/incidents/view.xhtml?id=" + cases.get(random.nextInt(cases.size()))
                : app + "/incidents/list.xhtml" + (random.nextBoolean() ? "" : "?page=" + (2 + random.nextInt(9))));
        try {
            HttpResponse<String> response = session.get(uri);
            if (response.statusCode() != 200) {
                return Load.Outcome.failed(kind, "HTTP " + response.statusCode(), ApiLogging.shorten(response.body()));
            }
            // the page itself, not the login page of a session that ended
            String marker = casePage ? "id=\"timeline\"" : "id=\"log-incident\"";
            return response.body().contains(marker) ? Load.Outcome.ok(kind)
                    : Load.Outcome.failed(kind, "not the page", response.uri() + " " + ApiLogging.shorten(response.body()));
        } catch (IOException e) {
            return Load.Outcome.failed(kind, e.getClass().getSimpleName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Load.Outcome.failed(kind, "interrupted", null);
        }
    }
}
