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
import app.recoverydesk.incident.SearchWords;

/**
 * Brings the database to T tenants (20 unless asked) with 10 locations each, categories, recovery options, and N
 * incidents over two years. With a big tenant of M incidents, Bistro Nord (the tenant of the HTTP scenarios) gets
 * 500 locations and M of the N incidents, all in the last year (a chain that grew fast); the others share the rest
 * as without it. With each new incident come what the compliance report reads: its first response and resolution times
 * (responded_at, resolved_at), and for some a recovery (~30 %), a promise (~20 %) and customer feedback (~10 %),
 * inserted in the same transaction as their incidents. Idempotent: it adds only what is missing. Random values come
 * from fixed seeds, so a run on an empty database always produces the same data (the incidents' own columns are the
 * same as before the report's data existed: that data has a random sequence of its own). Incidents get no timeline
 * events: no scenario reads them.
 */
final class Seeder {

    static final int TENANTS = 20;
    static final int LOCATIONS_PER_TENANT = 10;
    static final int BIG_TENANT_LOCATIONS = 500;
    static final int DAYS = 730;
    static final int BIG_TENANT_DAYS = 365;
    private static final int BATCH = 1000;
    /** Rows per batch of tenants, locations, categories and options: thousands of tenants in a few statements. */
    private static final int ROW_BATCH = 2000;

    /** Seeding figures for the summary: incidents and, inserted with them, recoveries, promises and feedback. */
    record Report(long before, long inserted, long recoveries, long promises, long feedback, long words,
                  double seconds) {
        long rows() {
            return inserted + recoveries + promises + feedback + words;
        }

        double rowsPerSecond() {
            return seconds == 0 ? 0 : rows() / seconds;
        }
    }

    /** Rows inserted with the incidents, counted across the seeding threads. */
    private record Counters(AtomicLong incidents, AtomicLong recoveries, AtomicLong promises, AtomicLong feedback,
                            AtomicLong words) {
        Counters() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong());
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

    /**
     * The application's default recovery options (DefaultCatalogues), for tenants it has not given any: it does so
     * at start, and the generated tenants are added after it started. Name, type, per-incident limit in euros
     * (null: not monetary), per-day limit (euros when monetary, else a count), roles allowed.
     */
    private static final Map<String, Object[][]> OPTIONS = Map.of(
            "RESTAURANT", new Object[][] {{"Remove dish from bill", "COMP", 30, 150, "frontline,manager"},
                {"Free dessert", "GOODWILL", null, 10, "frontline,manager"}},
            "HOTEL", new Object[][] {{"Late checkout", "UPGRADE", null, 10, "frontline,manager"},
                {"Room upgrade", "UPGRADE", null, 3, "frontline,manager"},
                {"One night refund", "REFUND", 150, null, "manager"}},
            "CAR_RENTAL", new Object[][] {{"Taxi reimbursement", "REIMBURSEMENT", 40, 120, "frontline,manager"},
                {"Replacement vehicle", "REPLACEMENT", null, 5, "frontline,manager"}},
            "OTHER", new Object[][] {{"Apology call", "APOLOGY_CALL", null, 20, "frontline,manager"},
                {"Goodwill voucher", "VOUCHER", 20, 100, "frontline,manager"}});
    /** Rough units of a currency per euro, as DefaultCatalogues converts limits (others: 1). */
    private static final Map<String, Double> PER_EURO = Map.of("EUR", 1.0, "NOK", 11.7, "PLN", 4.3, "USD", 1.1);

    private static final String[] PROMISES = {"Call the guest back", "Send a voucher by e-mail", "Refund the card",
        "Reserve the window table next visit", "Check the invoice and reply", "Have the manager call",
        "Replace the item", "Confirm the booking in writing"};
    private static final String[] BROKEN = {"Guest could not be reached", "Case closed before it was done",
        "Owner left the company"};
    private static final String[] COMMENTS = {"Thanks for sorting it out.", "Still disappointed.",
        "Quick and friendly.", "Took far too long.", "Will come again."};

    /** A recovery option of a tenant with its latest policy version. */
    private record Option(long id, long policyId, boolean monetary, Long perIncidentMinor, String currency,
                          boolean frontlineAllowed) {
    }

    /** What incident generation needs of a tenant. */
    private record Tenant(long id, String alias, long[] locations, long[] categories, Option[] options) {
    }

    private final Db db;
    private final int threads;
    private final int tenantCount;
    private final long bigTenant;

    /** bigTenant: incidents of Bistro Nord in the last year (0: no big tenant, it is just the largest). */
    Seeder(Db db, int threads, int tenants, long bigTenant) {
        this.db = db;
        this.threads = threads;
        this.tenantCount = tenants;
        this.bigTenant = bigTenant;
    }

    Report seed(long target) throws Exception {
        System.out.printf("%n== Seeding: %,d tenants, %,d incidents over %d days%s%n", tenantCount, target, DAYS,
                bigTenant == 0 ? "" : String.format("; Bistro Nord %,d of them in the last %d days across %d locations",
                        bigTenant, BIG_TENANT_DAYS, BIG_TENANT_LOCATIONS));
        long tenantsStarted = System.nanoTime();
        List<Tenant> tenants;
        long bistro = db.tenant(Db.BISTRO_ORGANIZATION).id();
        try (Connection c = db.connect()) {
            addTenants(c);
            addLocationsAndCategories(c, bistro);
            addRecoveryOptions(c);
            tenants = tenants(c);
        }
        System.out.printf("  %,d tenants with their locations, categories and recovery options ready in %.1f s%n",
                tenants.size(), (System.nanoTime() - tenantsStarted) / 1e9);
        long before = db.count("SELECT COUNT(*) FROM incident");
        long missing = Math.max(0, target - before);
        // the big tenant's share first, so that the target holds it (a re-run adds only what either part lacks)
        long bigMissing = bigTenant == 0 ? 0 : Math.min(missing, Math.max(0,
                bigTenant - db.count("SELECT COUNT(*) FROM incident WHERE tenant_id = " + bistro)));
        long started = System.nanoTime();
        Counters counters = new Counters();
        if (bigMissing > 0) {
            List<Tenant> big = tenants.stream().filter(t -> t.id() == bistro).toList();
            insertIncidents(big, BIG_TENANT_LOCATIONS, BIG_TENANT_DAYS, bigMissing, counters, 0);
        }
        if (missing - bigMissing > 0) {
            List<Tenant> rest = bigTenant == 0 ? tenants : tenants.stream().filter(t -> t.id() != bistro).toList();
            insertIncidents(rest, LOCATIONS_PER_TENANT, DAYS, missing - bigMissing, counters, bigMissing);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Report report = new Report(before, missing, counters.recoveries().get(), counters.promises().get(),
                counters.feedback().get(), counters.words().get(), seconds);
        System.out.printf("  %,d incidents existed, inserted %,d with %,d recoveries, %,d promises, %,d feedback"
                + " answers and %,d search words:%n  %,d rows in %.1f s (%,.0f rows/s, %d threads, batches of %d"
                + " incidents)%n", before, missing, report.recoveries(), report.promises(), report.feedback(),
                report.words(), report.rows(), seconds,
                report.rowsPerSecond(), threads, BATCH);
        if (missing > 0) {
            // the rows went in around the application: the report's daily counts are made from them, as the
            // application makes them for a database it has not counted yet
            long countStart = System.nanoTime();
            try (Connection c = db.connect()) {
                app.recoverydesk.rollup.IncidentDays.markAllPending(c);
                app.recoverydesk.rollup.IncidentDays.rebuildPending(c);
            }
            System.out.printf("  daily incident counts of the report made in %.1f s%n", (System.nanoTime() - countStart) / 1e9);
        }
        long analyzeStart = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            // fresh index statistics, as a long-running database would have
            for (String table : new String[] {"tenant", "location", "incident_category", "incident", "recovery_option",
                "recovery_policy", "recovery", "promise", "feedback", "incident_day", "incident_tenant_day", "recovery_day",
                "recovery_decision_day", "promise_day", "feedback_day"}) {
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
            for (int n = DEMO_ALIASES.size() + 1; n <= tenantCount; n++) {
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
                if (n % ROW_BATCH == 0) {
                    ps.executeBatch();
                }
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

    private void addLocationsAndCategories(Connection c, long bigTenantId) throws SQLException {
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
            int batched = 0;
            for (Object[] t : rows) {
                int locations = bigTenant > 0 && (long) t[0] == bigTenantId ? BIG_TENANT_LOCATIONS : LOCATIONS_PER_TENANT;
                for (int n = (int) t[4] + 1; n <= locations; n++) {
                    location.setLong(1, (long) t[0]);
                    location.setString(2, t[1] + " #" + n);
                    location.setString(3, "Benchmark street " + n);
                    location.setString(4, (String) t[3]);
                    location.addBatch();
                    batched++;
                }
                // the application gives the tenants it finds at start a catalogue; later ones get it here
                // (no name: the labels of default codes come from the application's bundles)
                if ((int) t[5] == 0) {
                    for (String code : CATEGORIES.getOrDefault((String) t[2], CATEGORIES.get("OTHER"))) {
                        category.setLong(1, (long) t[0]);
                        category.setString(2, code);
                        category.addBatch();
                        batched++;
                    }
                }
                if (batched >= ROW_BATCH) {
                    location.executeBatch();
                    category.executeBatch();
                    batched = 0;
                }
            }
            location.executeBatch();
            category.executeBatch();
        }
    }

    /** Gives each tenant without recovery options the application's defaults for its type, policy version 1. */
    private void addRecoveryOptions(Connection c) throws SQLException {
        List<Object[]> missing = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.id, t.business_type, t.currency,"
                + " t.created_at FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM recovery_option o WHERE o.tenant_id = t.id)"
                + " ORDER BY t.id")) {
            while (rs.next()) {
                missing.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4)});
            }
        }
        try (PreparedStatement option = c.prepareStatement("INSERT INTO recovery_option (tenant_id, name, names, type,"
                + " monetary, created_at) VALUES (?, ?, NULL, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement policy = c.prepareStatement("INSERT INTO recovery_policy (tenant_id, option_id, version,"
                + " effective_from, per_incident_minor, per_day_limit, currency, roles, created_by, created_at)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, 'system', ?)")) {
            // options in multi-row INSERTs; their generated ids come back in the order they were added
            List<Object[]> batch = new ArrayList<>(); // tenant row, option defaults
            for (Object[] t : missing) {
                for (Object[] d : OPTIONS.getOrDefault((String) t[1], OPTIONS.get("OTHER"))) {
                    option.setLong(1, (long) t[0]);
                    option.setString(2, (String) d[0]);
                    option.setString(3, (String) d[1]);
                    option.setBoolean(4, d[2] != null);
                    option.setObject(5, t[3]);
                    option.addBatch();
                    batch.add(new Object[] {t, d});
                }
                if (batch.size() >= ROW_BATCH) {
                    addPolicies(option, policy, batch);
                }
            }
            addPolicies(option, policy, batch);
        }
    }

    /** Inserts the batched options, then version 1 of each one's policy. */
    private static void addPolicies(PreparedStatement option, PreparedStatement policy, List<Object[]> batch)
            throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        option.executeBatch();
        int i = 0;
        try (ResultSet keys = option.getGeneratedKeys()) {
            while (keys.next()) {
                Object[] t = (Object[]) batch.get(i)[0];
                Object[] d = (Object[]) batch.get(i++)[1];
                String currency = (String) t[2];
                boolean monetary = d[2] != null;
                policy.setLong(1, (long) t[0]);
                policy.setLong(2, keys.getLong(1));
                policy.setObject(3, t[3]);
                policy.setObject(4, monetary ? minorUnits((int) d[2], currency) : null);
                policy.setObject(5, d[3] == null ? null : monetary ? minorUnits((int) d[3], currency)
                        : (long) (int) d[3]);
                policy.setString(6, currency);
                policy.setString(7, (String) d[4]);
                policy.setObject(8, t[3]);
                policy.addBatch();
            }
        }
        if (i != batch.size()) {
            throw new IllegalStateException("Expected " + batch.size() + " generated option ids, got " + i);
        }
        policy.executeBatch();
        batch.clear();
    }

    /** Euros as a round amount of the currency, in minor units (two decimals for the profiles' currencies). */
    private static long minorUnits(int euros, String currency) {
        double local = euros * PER_EURO.getOrDefault(currency, 1.0);
        double step = local >= 100 ? 10 : 1;
        return Math.round(local / step) * (long) step * 100;
    }

    /** Every tenant with its locations, categories and options, read in four queries (thousands of tenants). */
    private List<Tenant> tenants(Connection c) throws SQLException {
        Map<Long, List<Long>> locations = byTenant(c, "SELECT tenant_id, id FROM location ORDER BY tenant_id, id");
        Map<Long, List<Long>> categories = byTenant(c,
                "SELECT tenant_id, id FROM incident_category ORDER BY tenant_id, id");
        Map<Long, Option[]> options = options(c);
        List<Tenant> tenants = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, organization_id FROM tenant ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String alias = DEMO_ALIASES.getOrDefault(rs.getString(2), String.format("t%02d", tenants.size() + 1));
                if (!options.containsKey(id)) {
                    throw new IllegalStateException("Tenant " + id + " has no recovery options");
                }
                tenants.add(new Tenant(id, alias, longs(locations.get(id)), longs(categories.get(id)), options.get(id)));
            }
        }
        return tenants;
    }

    private static Map<Long, List<Long>> byTenant(Connection c, String sql) throws SQLException {
        Map<Long, List<Long>> ids = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return ids;
    }

    private static long[] longs(List<Long> ids) {
        return ids == null ? new long[0] : ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** Each tenant's options, each with its latest policy version. */
    private static Map<Long, Option[]> options(Connection c) throws SQLException {
        Map<Long, Map<Long, Option>> latest = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT o.tenant_id, o.id, p.id,"
                + " o.monetary, p.per_incident_minor, p.currency, p.roles FROM recovery_option o JOIN recovery_policy p"
                + " ON p.tenant_id = o.tenant_id AND p.option_id = o.id ORDER BY o.tenant_id, o.id, p.version")) {
            while (rs.next()) {
                latest.computeIfAbsent(rs.getLong(1), k -> new java.util.LinkedHashMap<>()).put(rs.getLong(2),
                        new Option(rs.getLong(2), rs.getLong(3), rs.getBoolean(4), (Long) rs.getObject(5, Long.class),
                                rs.getString(6), rs.getString(7).contains("frontline")));
            }
        }
        Map<Long, Option[]> options = new java.util.HashMap<>();
        latest.forEach((tenant, byId) -> options.put(tenant, byId.values().toArray(new Option[0])));
        return options;
    }

    /**
     * Inserts incidents of these tenants over the last days. doneBefore: incidents this run inserted already (of the
     * big tenant), so that progress counts this part alone, and its random sequences differ.
     */
    private void insertIncidents(List<Tenant> tenants, int locations, int days, long missing, Counters counters,
                                 long doneBefore) throws Exception {
        // tenant sizes are skewed (the first, Bistro Nord, is the largest), as are locations within a tenant
        Vocabulary.Weighted tenantWeights = skewed(tenants.size(), 0.7);
        Vocabulary.Weighted locationWeights = skewed(locations, 0.5);
        AtomicLong done = counters.incidents();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        Instant now = Instant.now();
        long seed = doneBefore == 0 ? 0 : 100;
        for (int t = 0; t < threads; t++) {
            long share = missing / threads + (t < missing % threads ? 1 : 0);
            Random random = new Random(1000L + seed + t);
            Random extra = new Random(7000L + seed + t); // the report's data: its own sequence, so incidents stay the same
            parts.add(pool.submit(() -> {
                insertPart(tenants, tenantWeights, locationWeights, days, share, random, extra, now, counters);
                return null;
            }));
        }
        pool.shutdown();
        long started = System.nanoTime();
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            double s = (System.nanoTime() - started) / 1e9;
            long related = counters.recoveries().get() + counters.promises().get() + counters.feedback().get()
                    + counters.words().get();
            long part = done.get() - doneBefore;
            System.out.printf("  ... %,d of %,d incidents (%.0f%%) and %,d related rows in %.0f s, %,.0f rows/s%n",
                    part, missing, 100.0 * part / missing, related, s, (done.get() + related) / s);
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

    private static final String RECOVERY = "INSERT INTO recovery (tenant_id, incident_id, option_id, policy_id,"
            + " location_id, amount_minor, currency, note, status, exceeded, reason, requested_by, requested_at, due_at,"
            + " escalated_at, decided_by, decided_at, decision_reason, approved_minor, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String PROMISE = "INSERT INTO promise (tenant_id, incident_id, location_id, what, owner,"
            + " due_at, status, kept_at, broken_reason, overdue_notified_at, created_by, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    static final String WORD = "INSERT INTO incident_word (tenant_id, word, incident_id) VALUES (?, ?, ?)";
    private static final String FEEDBACK = "INSERT INTO feedback (tenant_id, incident_id, solved, satisfaction,"
            + " recommend, comment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** One incident of a batch, as its recovery, promise and feedback need it once its id is known. */
    private record Seeded(Tenant tenant, long location, Instant created, Instant resolved, String whatHappened,
                          String customerExpected) {
    }

    private void insertPart(List<Tenant> tenants, Vocabulary.Weighted tenantWeights,
                            Vocabulary.Weighted locationWeights, int days, long rows, Random r, Random x, Instant now,
                            Counters counters) throws SQLException {
        String sql = "INSERT INTO incident (tenant_id, location_id, occurred_at, what_happened, severity, root_cause,"
                + " status, created_by, created_at, version, channel, category_id, customer_expected, responded_at,"
                + " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)";
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement recovery = c.prepareStatement(RECOVERY);
             PreparedStatement promise = c.prepareStatement(PROMISE);
             PreparedStatement feedback = c.prepareStatement(FEEDBACK);
             PreparedStatement words = c.prepareStatement(WORD)) {
            c.setAutoCommit(false);
            Seeded[] seeded = new Seeded[BATCH];
            for (long left = rows; left > 0; ) {
                int batch = (int) Math.min(BATCH, left);
                for (int i = 0; i < batch; i++) {
                    Tenant t = tenants.get(tenantWeights.index(r));
                    Instant occurred = occurredAt(r, today, now, days);
                    boolean recent = occurred.isAfter(now.minus(30, ChronoUnit.DAYS));
                    Instant created = occurred.plusSeconds(60 + r.nextInt(3 * 3600));
                    created = created.isAfter(now) ? now : created;
                    long location = t.locations()[locationWeights.index(r) % t.locations().length];
                    ps.setLong(1, t.id());
                    ps.setLong(2, location);
                    ps.setObject(3, Db.utc(occurred));
                    String whatHappened = Vocabulary.whatHappened(r);
                    ps.setString(4, whatHappened);
                    ps.setString(5, Vocabulary.SEVERITY.pick(r));
                    ps.setString(6, Vocabulary.ROOT_CAUSE.pick(r));
                    String status = (recent ? Vocabulary.STATUS_RECENT : Vocabulary.STATUS_OLD).pick(r);
                    ps.setString(7, status);
                    ps.setString(8, t.alias() + (r.nextInt(10) < 7 ? "-frontline" : "-manager"));
                    ps.setObject(9, Db.utc(created));
                    ps.setString(10, Vocabulary.CHANNEL.pick(r));
                    if (t.categories().length > 0 && r.nextInt(10) < 8) {
                        ps.setLong(11, t.categories()[r.nextInt(t.categories().length)]);
                    } else {
                        ps.setNull(11, java.sql.Types.BIGINT);
                    }
                    String customerExpected = r.nextInt(10) < 3
                            ? Vocabulary.EXPECTATIONS[r.nextInt(Vocabulary.EXPECTATIONS.length)] : null;
                    ps.setString(12, customerExpected);
                    // first response: minutes after logging (none while still OPEN, and missing for a few);
                    // resolution: hours later, for resolved and closed cases only
                    Instant responded = null;
                    Instant resolved = null;
                    if (!status.equals("OPEN") && x.nextInt(100) < 95) {
                        responded = min(now, created.plusSeconds(60 + (long) (exponential(x, 20) * 60)));
                    }
                    if (status.equals("RESOLVED") || status.equals("CLOSED")) {
                        Instant from = responded == null ? created : responded;
                        resolved = min(now, from.plusSeconds(600 + (long) (exponential(x, 18) * 3600)));
                    }
                    ps.setObject(13, responded == null ? null : Db.utc(responded));
                    ps.setObject(14, resolved == null ? null : Db.utc(resolved));
                    ps.addBatch();
                    seeded[i] = new Seeded(t, location, created, resolved, whatHappened, customerExpected);
                }
                ps.executeBatch(); // one multi-row INSERT per batch (rewriteBatchedStatements)
                int keys = 0;
                try (ResultSet generated = ps.getGeneratedKeys()) {
                    while (generated.next()) {
                        Seeded s = seeded[keys++];
                        long id = generated.getLong(1);
                        addWords(words, s.tenant().id(), id, s.whatHappened(), s.customerExpected());
                        related(s, id, x, now, recovery, promise, feedback, counters);
                    }
                }
                if (keys != batch) {
                    throw new IllegalStateException("Expected " + batch + " generated ids, got " + keys);
                }
                counters.words().addAndGet(words.executeBatch().length);
                recovery.executeBatch();
                promise.executeBatch();
                feedback.executeBatch();
                c.commit();
                left -= batch;
                counters.incidents().addAndGet(batch);
            }
        }
    }

    /** Adds (to the batch) the words the application indexes an incident by, with the application's own rule. */
    static void addWords(PreparedStatement words, long tenant, long incident, String... texts) throws SQLException {
        for (String word : SearchWords.of(texts)) {
            words.setLong(1, tenant);
            words.setString(2, word);
            words.setLong(3, incident);
            words.addBatch();
        }
    }

    /** Adds (to the statements' batches) the incident's recovery, promise and feedback, where it gets them. */
    private static void related(Seeded s, long incident, Random x, Instant now, PreparedStatement recovery,
                                PreparedStatement promise, PreparedStatement feedback, Counters counters)
            throws SQLException {
        Tenant t = s.tenant();
        if (x.nextInt(100) < 30) {
            addRecovery(recovery, t, s, incident, x, now);
            counters.recoveries().incrementAndGet();
        }
        if (x.nextInt(100) < 20) {
            addPromise(promise, t, s, incident, x, now);
            counters.promises().incrementAndGet();
        }
        // feedback is asked for once a case is resolved; ~11 % of the resolved (~90 %) make ~10 % of all
        if (s.resolved() != null && x.nextInt(1000) < 111) {
            Instant answered = s.resolved().plusSeconds(7200 + x.nextInt(5 * 24 * 3600));
            if (answered.isBefore(now)) {
                boolean solved = x.nextInt(100) < 72;
                feedback.setLong(1, t.id());
                feedback.setLong(2, incident);
                feedback.setBoolean(3, solved);
                feedback.setInt(4, solved ? 3 + x.nextInt(3) : 1 + x.nextInt(3));
                feedback.setInt(5, solved ? 6 + x.nextInt(5) : x.nextInt(8));
                feedback.setString(6, x.nextInt(5) == 0 ? COMMENTS[x.nextInt(COMMENTS.length)] : null);
                feedback.setObject(7, Db.utc(answered));
                feedback.addBatch();
                counters.feedback().incrementAndGet();
            }
        }
    }

    /**
     * Mostly granted on the spot within policy (a few of those over the per-incident limit all the same); the
     * exceptions (exceeded set, due 15 minutes after the request) approved, rejected, or still pending — recent
     * ones more often than old ones.
     */
    private static void addRecovery(PreparedStatement ps, Tenant t, Seeded s, long incident, Random x, Instant now)
            throws SQLException {
        Option o = t.options()[x.nextInt(t.options().length)];
        Instant requested = min(now, s.created().plusSeconds(60 + x.nextInt(90 * 60)));
        boolean recent = requested.isAfter(now.minus(7, ChronoUnit.DAYS));
        int roll = x.nextInt(1000);
        String status;
        if (roll < (recent ? 40 : 3)) {
            status = "PENDING";
        } else if (roll < 820) {
            status = "GRANTED";
        } else if (roll < 940) {
            status = "APPROVED";
        } else {
            status = "REJECTED";
        }
        boolean exception = !status.equals("GRANTED");
        Long amount = null;
        String exceeded = null;
        if (exception) {
            if (!o.frontlineAllowed()) {
                exceeded = "ROLE";
            } else if (o.perIncidentMinor() == null) {
                exceeded = "PER_DAY";
            } else {
                int kind = x.nextInt(10);
                exceeded = kind < 7 ? "PER_INCIDENT" : kind < 9 ? "PER_DAY" : "PER_DAY,PER_INCIDENT";
            }
        }
        if (o.monetary()) {
            long limit = o.perIncidentMinor() == null ? 100_000 : o.perIncidentMinor();
            double share = exceeded != null && exceeded.contains("PER_INCIDENT") ? 1.05 + x.nextDouble()
                    : !exception && x.nextInt(100) == 0 ? 1.1 + 0.4 * x.nextDouble() // over the limit, unapproved
                    : 0.2 + 0.8 * x.nextDouble();
            amount = Math.max(100, Math.round(limit * share / 100) * 100);
        }
        Instant due = exception ? requested.plusSeconds(15 * 60) : null;
        Instant decided = null;
        if (status.equals("APPROVED") || status.equals("REJECTED")) {
            int speed = x.nextInt(100);
            long minutes = speed < 70 ? 1 + x.nextInt(15) : speed < 95 ? 15 + x.nextInt(105) : 120 + x.nextInt(22 * 60);
            decided = min(now, requested.plusSeconds(minutes * 60 + x.nextInt(60)));
        }
        ps.setLong(1, t.id());
        ps.setLong(2, incident);
        ps.setLong(3, o.id());
        ps.setLong(4, o.policyId());
        ps.setLong(5, s.location());
        ps.setObject(6, amount);
        ps.setString(7, o.currency());
        ps.setString(8, status);
        ps.setString(9, exceeded);
        ps.setString(10, exception ? "Regular guest, long wait" : null);
        ps.setString(11, t.alias() + (x.nextInt(10) < 8 ? "-frontline" : "-shift-lead"));
        ps.setObject(12, Db.utc(requested));
        ps.setObject(13, due == null ? null : Db.utc(due));
        ps.setObject(14, status.equals("PENDING") && due.isBefore(now) ? Db.utc(due) : null);
        ps.setString(15, decided == null ? null : t.alias() + "-manager");
        ps.setObject(16, decided == null ? null : Db.utc(decided));
        ps.setString(17, decided == null ? null : status.equals("APPROVED") ? "Fair given the wait" : "Not justified");
        ps.setObject(18, status.equals("APPROVED") && amount != null
                ? (x.nextInt(5) == 0 ? Math.max(100, amount / 200 * 100) : amount) : null);
        ps.addBatch();
    }

    /** Due hours to a week after the case was logged; settled ones mostly kept, some late or broken. */
    private static void addPromise(PreparedStatement ps, Tenant t, Seeded s, long incident, Random x, Instant now)
            throws SQLException {
        Instant created = min(now, s.created().plusSeconds(300 + x.nextInt(3600)));
        Instant due = created.plusSeconds(3600L * (2 + x.nextInt(166)));
        String status;
        Instant kept = null;
        String broken = null;
        Instant notified = null;
        int roll = x.nextInt(100);
        if (due.isAfter(now)) {
            status = roll < 85 ? "OPEN" : "KEPT";
        } else {
            status = roll < 68 ? "KEPT" : roll < 82 ? "LATE" : roll < 91 ? "BROKEN" : "OPEN";
        }
        switch (status) {
            case "KEPT" -> kept = min(now, created.plusSeconds((long) (x.nextDouble()
                    * (due.getEpochSecond() - created.getEpochSecond()))));
            case "LATE" -> {
                kept = min(now, due.plusSeconds(3600 + x.nextInt(47 * 3600)));
                notified = due.plusSeconds(300);
            }
            case "BROKEN" -> broken = BROKEN[x.nextInt(BROKEN.length)];
            default -> notified = due.isBefore(now) ? due.plusSeconds(300) : null;
        }
        int who = x.nextInt(100);
        String owner = who < 25 ? null : who < 55 ? t.alias() + "-manager" : who < 85 ? t.alias() + "-frontline"
                : t.alias() + "-shift-" + (1 + x.nextInt(3));
        ps.setLong(1, t.id());
        ps.setLong(2, incident);
        ps.setLong(3, s.location());
        ps.setString(4, PROMISES[x.nextInt(PROMISES.length)]);
        ps.setString(5, owner);
        ps.setObject(6, Db.utc(due));
        ps.setString(7, status);
        ps.setObject(8, kept == null ? null : Db.utc(kept));
        ps.setString(9, broken);
        ps.setObject(10, notified == null || notified.isAfter(now) ? null : Db.utc(notified));
        ps.setString(11, t.alias() + "-frontline");
        ps.setObject(12, Db.utc(created));
        ps.addBatch();
    }

    private static double exponential(Random x, double mean) {
        return -Math.log(1 - x.nextDouble()) * mean;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A moment in the last days (two years, or one), more often recent (the business grows), at a plausible hour. */
    private static Instant occurredAt(Random r, LocalDate today, Instant now, int days) {
        double x = r.nextBoolean() ? r.nextDouble() : 1 - Math.sqrt(r.nextDouble());
        int hour = Integer.parseInt(Vocabulary.HOUR.pick(r));
        Instant at = today.minusDays((long) (x * days)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(hour * 3600L + r.nextInt(3600));
        return at.isAfter(now) ? at.minus(1, ChronoUnit.DAYS) : at;
    }
}
