package app.recoverydesk.infrastructure;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * MySQL 8 dialect (also right for MariaDB 10.11 for what this application uses) plus the full-text search
 * of the incident texts: {@code function('fulltext_match', a, b, c, :terms) > 0} becomes MATCH … AGAINST in boolean mode,
 * which uses the FULLTEXT index of the incident table; {@code minutes_between} and {@code hour_of} serve the
 * compliance report's percentiles and trend.
 */
public class RecoveryDialect extends MySQLDialect {

    public RecoveryDialect() {
        super(DatabaseVersion.make(8, 0));
    }

    @Override
    public void initializeFunctionRegistry(FunctionContributions contributions) {
        super.initializeFunctionRegistry(contributions);
        contributions.getFunctionRegistry().registerPattern("fulltext_match",
                "match(?1, ?2, ?3) against (?4 in boolean mode)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.DOUBLE));
        // for the compliance report: durations as whole minutes, and times as whole hours since 2000 (UTC)
        contributions.getFunctionRegistry().registerPattern("minutes_between", "timestampdiff(MINUTE, ?1, ?2)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.LONG));
        contributions.getFunctionRegistry().registerPattern("hour_of", "timestampdiff(HOUR, '2000-01-01 00:00:00', ?1)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.LONG));
    }
}
