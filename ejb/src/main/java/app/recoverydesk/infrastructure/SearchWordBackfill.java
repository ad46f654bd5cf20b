package app.recoverydesk.infrastructure;

import app.recoverydesk.incident.SearchWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * Gives the search index the words of incidents written without them (with their customer's name and contact): those
 * logged before the index existed or before it held customers (V24), and the demo history, which is inserted row by row. Runs at every start; an incident that has words is
 * skipped by one index lookup, so a start after the first reads no texts.
 */
public final class SearchWordBackfill {

    private static final int CHUNK = 1000;
    private static final String UNINDEXED = "select i.id, i.tenant_id, i.what_happened, i.customer_expected,"
            + " i.root_cause_note, c.name, c.contact from incident i left join customer c on c.tenant_id = i.tenant_id"
            + " and c.id = i.customer_id and c.erased_at is null where i.id > ? and not exists (select 1 from"
            + " incident_word w where w.tenant_id = i.tenant_id and w.incident_id = i.id) order by i.id limit " + CHUNK;
    private static final String INSERT = "insert into incident_word (tenant_id, word, incident_id) values (?, ?, ?)";

    private SearchWordBackfill() {
    }

    /** Answers how many incidents got words. */
    public static int run(Connection c) throws SQLException {
        int indexed = 0;
        long after = 0;
        try (PreparedStatement unindexed = c.prepareStatement(UNINDEXED);
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int found = CHUNK; found == CHUNK; ) {
                found = 0;
                unindexed.setLong(1, after);
                try (ResultSet rs = unindexed.executeQuery()) {
                    while (rs.next()) {
                        found++;
                        after = rs.getLong(1);
                        Set<String> words = SearchWords.ofCase(rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7));
                        indexed += words.isEmpty() ? 0 : 1;
                        for (String word : words) {
                            insert.setLong(1, rs.getLong(2));
                            insert.setString(2, word);
                            insert.setLong(3, after);
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        }
        return indexed;
    }
}
