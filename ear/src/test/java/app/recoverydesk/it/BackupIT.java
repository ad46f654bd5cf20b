package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scripts/backup.sh, run while staff keep logging cases, writes an archive that scripts/restore.sh brings back
 * whole: the restored databases hold one instant of the live ones — every table untouched meanwhile exactly as
 * it is, each tenant's incidents up to that instant identical, field by field.
 */
class BackupIT {

    private static final String APP_DB = Database.URL.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    private static final String KC_DB = System.getenv().getOrDefault("KC_DB_URL_DATABASE", "keycloak");
    private static final String RESTORED_APP = "recovery_restored";
    private static final String RESTORED_KC = "keycloak_restored";

    @BeforeAll
    static void theApplicationRuns() {
        Servers.start("wildfly");
    }

    @AfterAll
    static void stop() throws SQLException {
        Servers.stop("wildfly");
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + RESTORED_APP);
            s.execute("drop database if exists " + RESTORED_KC);
        }
    }

    @Test
    void aBackupUnderLoadRestoresToOneConsistentInstant() throws Exception {
        Map<String, Long> before = counts(APP_DB);
        before.putAll(counts(KC_DB));
        AtomicBoolean logging = new AtomicBoolean(true);
        AtomicInteger logged = new AtomicInteger();
        List<String> users = List.of("bistro-frontline", "hotel-frontline", "rental-frontline");
        Thread staff = new Thread(() -> {
            while (logging.get()) {
                String user = users.get(logged.get() % users.size());
                Drafts.log(user, Drafts.incident(user, "During the backup " + UUID.randomUUID()));
                logged.incrementAndGet();
            }
        });
        staff.start();
        while (logged.get() < 5) {
            Thread.sleep(50);
        }
        Path folder = Path.of("target", "backups");
        long started = System.nanoTime();
        Servers.script(Map.of("APP_DB_NAME", APP_DB, "KC_DB_URL_DATABASE", KC_DB), "backup.sh",
                folder.toAbsolutePath().toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        int loggedAtEnd = logged.get();
        Thread.sleep(500);
        logging.set(false);
        staff.join();
        assertTrue(logged.get() > loggedAtEnd || loggedAtEnd > 5, "no incidents were logged while the backup ran");
        Path archive;
        try (var files = Files.list(folder)) {
            archive = files.filter(f -> f.toString().endsWith(".tar.gz")).max(Path::compareTo).orElseThrow();
        }
        System.out.printf("backup: %d ms, %d bytes, %d incidents logged meanwhile%n", millis, Files.size(archive), loggedAtEnd);

        Servers.script(Map.of("APP_DB_NAME", RESTORED_APP, "KC_DB_URL_DATABASE", RESTORED_KC), "restore.sh",
                archive.toAbsolutePath().toString());

        Map<String, Long> after = counts(APP_DB);
        after.putAll(counts(KC_DB));
        Map<String, Long> restored = counts(RESTORED_APP);
        restored.putAll(counts(RESTORED_KC));
        assertEquals(after.keySet().stream().map(BackupIT::unqualified).sorted().toList(),
                restored.keySet().stream().map(BackupIT::unqualified).sorted().toList(), "tables missing from the restore");
        for (Map.Entry<String, Long> table : before.entrySet()) {
            String name = unqualified(table.getKey());
            long restoredRows = restored.get(table.getKey().startsWith(APP_DB + ".") ? RESTORED_APP + "." + name
                    : RESTORED_KC + "." + name);
            long afterRows = after.get(table.getKey());
            if (afterRows == table.getValue()) {
                assertEquals(afterRows, restoredRows, table.getKey() + " was not written meanwhile, yet differs");
            } else {
                assertTrue(restoredRows >= Math.min(table.getValue(), afterRows)
                        && restoredRows <= Math.max(table.getValue(), afterRows), table.getKey() + ": " + restoredRows
                        + " rows restored, " + table.getValue() + " before the backup, " + afterRows + " after");
            }
        }
        long upTo = single("select max(id) from " + RESTORED_APP + ".incident");
        assertTrue(upTo > 0);
        assertEquals(incidentChecksums(APP_DB, upTo), incidentChecksums(RESTORED_APP, upTo),
                "the restored incidents differ from the live ones up to the backup's instant");
        assertEquals(single("select count(*) from " + APP_DB + ".incident where id <= " + upTo),
                single("select count(*) from " + RESTORED_APP + ".incident"), "an incident is missing in the restore");
        assertEquals(single("select count(*) from " + APP_DB + ".incident_attachment a join " + APP_DB
                        + ".incident i on i.id = a.incident_id where i.id <= " + upTo),
                single("select count(*) from " + RESTORED_APP + ".incident_attachment"), "attachments missing");
        assertEquals(single("select sum(crc32(content)) from " + APP_DB + ".incident_attachment where incident_id <= " + upTo),
                single("select sum(crc32(content)) from " + RESTORED_APP + ".incident_attachment"),
                "an attachment's bytes differ");
    }

    /** Per tenant: how many incidents and a checksum over every column of each. */
    private static Map<Long, String> incidentChecksums(String db, long upTo) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = root(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select column_name from information_schema.columns where table_schema = '"
                     + db + "' and table_name = 'incident' order by ordinal_position")) {
            while (rs.next()) {
                columns.add("coalesce(`" + rs.getString(1) + "`, '∅')");
            }
        }
        Map<Long, String> sums = new TreeMap<>();
        try (Connection c = root(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tenant_id, count(*), sum(crc32(concat_ws('|', " + String.join(", ", columns)
                     + "))) from " + db + ".incident where id <= " + upTo + " group by tenant_id")) {
            while (rs.next()) {
                sums.put(rs.getLong(1), rs.getLong(2) + " incidents, checksum " + rs.getString(3));
            }
        }
        assertTrue(sums.size() >= 3, "the demo tenants' incidents: " + sums);
        return sums;
    }

    private static Map<String, Long> counts(String db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Connection c = root(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = '"
                     + db + "' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            counts.put(db + "." + table, single("select count(*) from `" + db + "`.`" + table + "`"));
        }
        return counts;
    }

    private static String unqualified(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = root(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The database server itself, as the backup script reaches it (the machine's root account). */
    private static Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?connectionTimeZone=UTC", "root", "");
    }
}
