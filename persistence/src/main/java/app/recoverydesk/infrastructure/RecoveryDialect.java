package app.recoverydesk.infrastructure;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.MySQLSqlAstTranslator;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.from.QueryPartTableReference;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.type.StandardBasicTypes;

/**
 * MySQL 8 dialect (also right for MariaDB 10.11 for what this application uses) plus two functions for the
 * compliance report's percentiles and trend: {@code minutes_between} and {@code hour_of}. Subqueries in "from"
 * are written without a column list after their alias, which MySQL 8 accepts and MariaDB does not.
 */
public class RecoveryDialect extends MySQLDialect {

    public RecoveryDialect() {
        super(DatabaseVersion.make(8, 0));
    }

    @Override
    public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
        return new StandardSqlAstTranslatorFactory() {
            @Override
            protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(SessionFactoryImplementor factory,
                                                                                   Statement statement) {
                return new MySQLSqlAstTranslator<>(factory, statement) {
                    @Override
                    public void visitQueryPartTableReference(QueryPartTableReference tableReference) {
                        emulateQueryPartTableReferenceColumnAliasing(tableReference);
                    }
                };
            }
        };
    }

    @Override
    public void initializeFunctionRegistry(FunctionContributions contributions) {
        super.initializeFunctionRegistry(contributions);
        // for the compliance report: durations as whole minutes, and times as whole hours since 2000 (UTC)
        contributions.getFunctionRegistry().registerPattern("minutes_between", "timestampdiff(MINUTE, ?1, ?2)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.LONG));
        contributions.getFunctionRegistry().registerPattern("hour_of", "timestampdiff(HOUR, '2000-01-01 00:00:00', ?1)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.LONG));
    }
}
