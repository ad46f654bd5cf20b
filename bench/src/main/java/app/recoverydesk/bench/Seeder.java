package app.recoverydesk.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings the database to 20 tenants with 10 locations each, categories, and N incidents over two years.
 * Idempotent: it adds only what is missing. Random values come from fixed seeds, so a run on an empty database
 * always produces the same data. Incidents get no timeline events: no scenario reads them.
 */
final class Seeder {

    static final int TENANTS = 20;
    static final int LOCATIONS_PER_TENANT = 10;
    static final int DAYS = 730;
    private static final int BATCH = 1000;

    /** Seeding figures for the summary. */
    record Report(long before, long inserted, double seconds) {
        double rowsPerSecond() {
            return seconds == 0 ? 0 : inserted / seconds;
        }
    }

    /** Country profiles of generated tenants: country, currency, language, time zone, city. */
    private static final String[][] PROFILES = {
        {"NO", "NOK", "nb", "Europe/Oslo", "Bergen"}, {"HR", "EUR", "hr", "Europe/Zagreb", "Zagreb"},
        {"PL", "PLN", "pl", "Europe/Warsaw", "Gdańsk"}, {"GB", "GBP", "en", "Europe/London", "Leeds"},
        {"IE", "EUR", "en", "Europe/Dublin", "Cork"}};
    private static final String[] TYPES = {"RESTAURANT", "HOTEL", "CAR_RENTAL", "RESTAURANT", "HOTEL", "OTHER"};
    /** The application's default catalogues (DefaultCategories), for tenants it has not given one. */
    private static final Map<String, String[]> CATEGORIES = Map.of(
            "RESTAURANT", new String[] {"FOOD_NOT_SERVED", "WRONG_ORDER", "FOOD_QUALITY", "WAIT_TIME",
                "STAFF_BEHAVIOUR", "CLEANLINESS", "BILLING", "RESERVATION", "OTHER"},
            "HOTEL", new String[] {"ROOM_NOT_READY", "CLEANLINESS", "NOISE", "MAINTENANCE", "CHECK_IN_OUT",
                "STAFF_BEHAVIOUR", "BILLING", "RESERVATION", "OTHER"},
            "CAR_RENTAL", new String[] {"VEHICLE_FAULT", "VEHICLE_NOT_AVAILABLE", "WAIT_TIME", "VEHICLE_CLEANLINESS",
                "DAMAGE_DISPUTE", "STAFF_BEHAVIOUR", "BILLING", "RESERVATION", "OTHER"},
            "OTHER", new String[] {"SERVICE_FAILURE", "WAIT_TIME", "STAFF_BEHAVIOUR", "BILLING", "OTHER"});
    /** Logins of the demo tenants' staff (see the realm); generated tenants get made-up ones. */
    private static final Map<String, String> DEMO_ALIASES = Map.of("8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01", "bistro",
            "8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e02", "hotel", "8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e03", "rental");

    /** What incident generation needs of a tenant. */
    private record Tenant(long id, String alias, long[] locations, long[] categories) {
    }

    private final Db db;
    private final int threads;

    Seeder(Db db, int threads) {
        this.db = db;
        this.threads = threads;
    }

    Report seed(long target) throws Exception {
        System.out.printf("%n== Seeding: %d tenants, %d locations, %,d incidents over %d days%n", TENANTS,
                TENANTS * LOCATIONS_PER_TENANT, target, DAYS);
        List<Tenant> tenants;
        try (Connection c = db.connect()) {
            addTenants(c);
            addLocationsAndCategories(c);
            tenants = tenants(c);
        }
        long before = db.count("SELECT COUNT(*) FROM incident");
        long missing = Math.max(0, target - before);
        long started = System.nanoTime();
        if (missing > 0) {
            insertIncidents(tenants, missing);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Report report = new Report(before, missing, seconds);
        System.out.printf("  %,d incidents existed, inserted %,d in %.1f s (%,.0f rows/s, %d threads, batches of %d)%n",
                before, missing, seconds, report.rowsPerSecond(), threads, BATCH);
        long analyzeStart = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            // fresh index statistics, as a long-running database would have
            for (String table : new String[] {"tenant", "location", "incident_category", "incident"}) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
        System.out.printf("  ANALYZE TABLE took %.1f s%n", (System.nanoTime() - analyzeStart) / 1e9);
        return report;
    }

    private void addTenants(Connection c) throws SQLException {
        String sql = "INSERT IGNORE INTO tenant (organization_id, name, business_type, country, currency,"
                + " default_language, time_zone, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int n = DEMO_ALIASES.size() + 1; n <= TENANTS; n++) {
                String type = TYPES[n % TYPES.length];
                String[] p = PROFILES[n % PROFILES.length];
                // a random-looking but reproducible organization id, so a re-run finds its own tenants
                ps.setString(1, UUID.nameUUIDFromBytes(("recovery-bench-tenant-" + n).getBytes(StandardCharsets.UTF_8))
                        .toString());
                ps.setString(2, String.format("%s %s %02d", label(type), p[4], n));
                ps.setString(3, type);
                ps.setString(4, p[0]);
                ps.setString(5, p[1]);
                ps.setString(6, p[2]);
                ps.setString(7, p[3]);
                ps.setObject(8, Db.utc(Instant.now().minus(DAYS + 30, ChronoUnit.DAYS)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String label(String type) {
        return switch (type) {
            case "RESTAURANT" -> "Trattoria";
            case "HOTEL" -> "Hotel";
            case "CAR_RENTAL" -> "Car Rental";
            default -> "Service Point";
        };
    }

    private void addLocationsAndCategories(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.id, t.name, t.business_type,"
                + " t.time_zone, (SELECT COUNT(*) FROM location l WHERE l.tenant_id = t.id),"
                + " (SELECT COUNT(*) FROM incident_category k WHERE k.tenant_id = t.id) FROM tenant t ORDER BY t.id")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                    rs.getInt(6)});
            }
        }
        try (PreparedStatement location = c.prepareStatement(
                "INSERT INTO location (tenant_id, name, address, time_zone) VALUES (?, ?, ?, ?)");
             PreparedStatement category = c.prepareStatement(
                "INSERT INTO incident_category (tenant_id, code, name, active) VALUES (?, ?, NULL, TRUE)")) {
            for (Object[] t : rows) {
                for (int n = (int) t[4] + 1; n <= LOCATIONS_PER_TENANT; n++) {
                    location.setLong(1, (long) t[0]);
                    location.setString(2, t[1] + " #" + n);
                    location.setString(3, "Benchmark street " + n);
                    location.setString(4, (String) t[3]);
                    location.addBatch();
                }
                // the application gives the tenants it finds at start a catalogue; later ones get it here
                // (no name: the labels of default codes come from the application's bundles)
                if ((int) t[5] == 0) {
                    for (String code : CATEGORIES.getOrDefault((String) t[2], CATEGORIES.get("OTHER"))) {
                        category.setLong(1, (long) t[0]);
                        category.setString(2, code);
                        category.addBatch();
                    }
                }
            }
            location.executeBatch();
            category.executeBatch();
        }
    }

    private List<Tenant> tenants(Connection c) throws SQLException {
        List<Tenant> tenants = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, organization_id FROM tenant ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String alias = DEMO_ALIASES.getOrDefault(rs.getString(2), String.format("t%02d", tenants.size() + 1));
                tenants.add(new Tenant(id, alias, null, null));
            }
        }
        List<Tenant> complete = new ArrayList<>();
        for (Tenant t : tenants) {
            complete.add(new Tenant(t.id(), t.alias(),
                    Db.ids(c, "SELECT id FROM location WHERE tenant_id = ? ORDER BY id", t.id()).stream()
                            .mapToLong(Long::longValue).toArray(),
                    Db.ids(c, "SELECT id FROM incident_category WHERE tenant_id = ? ORDER BY id", t.id()).stream()
                            .mapToLong(Long::longValue).toArray()));
        }
        return complete;
    }

    private void insertIncidents(List<Tenant> tenants, long missing) throws Exception {
        // tenant sizes are skewed (the first, Bistro Nord, is the largest), as are locations within a tenant
        Vocabulary.Weighted tenantWeights = skewed(tenants.size(), 0.7);
        Vocabulary.Weighted locationWeights = skewed(LOCATIONS_PER_TENANT, 0.5);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        Instant now = Instant.now();
        for (int t = 0; t < threads; t++) {
            long share = missing / threads + (t < missing % threads ? 1 : 0);
            Random random = new Random(1000L + t);
            parts.add(pool.submit(() -> {
                insertPart(tenants, tenantWeights, locationWeights, share, random, now, done);
                return null;
            }));
        }
        pool.shutdown();
        long started = System.nanoTime();
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            double s = (System.nanoTime() - started) / 1e9;
            System.out.printf("  ... %,d of %,d (%.0f%%) in %.0f s, %,.0f rows/s%n", done.get(), missing,
                    100.0 * done.get() / missing, s, done.get() / s);
        }
        for (Future<?> part : parts) {
            part.get(); // rethrows a failure
        }
    }

    private static Vocabulary.Weighted skewed(int n, double exponent) {
        String[] values = new String[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = String.valueOf(i);
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        return new Vocabulary.Weighted(values, weights);
    }

    private void insertPart(List<Tenant> tenants, Vocabulary.Weighted tenantWeights,
                            Vocabulary.Weighted locationWeights, long rows, Random r, Instant now, AtomicLong done)
            throws SQLException {
        String sql = "INSERT INTO incident (tenant_id, location_id, occurred_at, what_happened, severity, root_cause,"
                + " status, created_by, created_at, version, channel, category_id, customer_expected)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (long left = rows; left > 0; ) {
                int batch = (int) Math.min(BATCH, left);
                for (int i = 0; i < batch; i++) {
                    Tenant t = tenants.get(tenantWeights.index(r));
                    Instant occurred = occurredAt(r, today, now);
                    boolean recent = occurred.isAfter(now.minus(30, ChronoUnit.DAYS));
                    Instant created = occurred.plusSeconds(60 + r.nextInt(3 * 3600));
                    ps.setLong(1, t.id());
                    ps.setLong(2, t.locations()[locationWeights.index(r) % t.locations().length]);
                    ps.setObject(3, Db.utc(occurred));
                    ps.setString(4, Vocabulary.whatHappened(r));
                    ps.setString(5, Vocabulary.SEVERITY.pick(r));
                    ps.setString(6, Vocabulary.ROOT_CAUSE.pick(r));
                    ps.setString(7, (recent ? Vocabulary.STATUS_RECENT : Vocabulary.STATUS_OLD).pick(r));
                    ps.setString(8, t.alias() + (r.nextInt(10) < 7 ? "-frontline" : "-manager"));
                    ps.setObject(9, Db.utc(created.isAfter(now) ? now : created));
                    ps.setString(10, Vocabulary.CHANNEL.pick(r));
                    if (t.categories().length > 0 && r.nextInt(10) < 8) {
                        ps.setLong(11, t.categories()[r.nextInt(t.categories().length)]);
                    } else {
                        ps.setNull(11, java.sql.Types.BIGINT);
                    }
                    ps.setString(12, r.nextInt(10) < 3
                            ? Vocabulary.EXPECTATIONS[r.nextInt(Vocabulary.EXPECTATIONS.length)] : null);
                    ps.addBatch();
                }
                ps.executeBatch(); // one multi-row INSERT per batch (rewriteBatchedStatements)
                c.commit();
                left -= batch;
                done.addAndGet(batch);
            }
        }
    }

    /** A moment in the last two years, more often recent (the business grows), at a plausible hour. */
    private static Instant occurredAt(Random r, LocalDate today, Instant now) {
        double x = r.nextBoolean() ? r.nextDouble() : 1 - Math.sqrt(r.nextDouble());
        int hour = Integer.parseInt(Vocabulary.HOUR.pick(r));
        Instant at = today.minusDays((long) (x * DAYS)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(hour * 3600L + r.nextInt(3600));
        return at.isAfter(now) ? at.minus(1, ChronoUnit.DAYS) : at;
    }
}
