package app.recoverydesk.report;

import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.promise.PromiseStatus;
import app.recoverydesk.recovery.RecoveryStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the compliance report's aggregates, as the queries build them ({@code select new}): a column of the
 * wrong type fails when the query is compiled, not as a cast somewhere in the sums. Numbers are the wrapper types
 * the queries return (count, sum, max: Long), which is what Hibernate matches the constructor against.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /** {@code new <row>(}, for a query's select clause. */
    static String select(Class<? extends Record> row) {
        return "select new " + row.getName() + "(";
    }

    /** The recoveries of one option in one status, with the sum and the largest of their values (minor units). */
    public record OptionStatusUse(Long optionId, RecoveryStatus status, Long count, Long value, Long largest) {

        /** From a row of the daily counts (option id, status, recoveries, value, largest). */
        static OptionStatusUse of(Object[] r) {
            return new OptionStatusUse(((Number) r[0]).longValue(), RecoveryStatus.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue());
        }
    }

    /** The promises of one location (its id) or one owner (their name, null for the queue) in one status. */
    public record PromiseCount(Object key, PromiseStatus status, Long count) {

        /** The counts of one group's rows by status. */
        static Figures.Promises tally(List<PromiseCount> rows) {
            Map<PromiseStatus, Long> n = new EnumMap<>(PromiseStatus.class);
            rows.forEach(r -> n.merge(r.status(), r.count(), Long::sum));
            return new Figures.Promises(n.getOrDefault(PromiseStatus.KEPT, 0L), n.getOrDefault(PromiseStatus.LATE, 0L),
                    n.getOrDefault(PromiseStatus.BROKEN, 0L), n.getOrDefault(PromiseStatus.OPEN, 0L));
        }
    }

    public record InitiativeCount(InitiativeStatus status, Long count) {
    }

    /** An executive's announcement past the gate. */
    public record OverrideRow(Long initiativeId, String title, String actor, Instant at, InitiativeStatus from,
                              InitiativeStatus to, String reason) {

        ComplianceReport.GateOverride toReport() {
            return new ComplianceReport.GateOverride(initiativeId, title, actor, at, String.valueOf(from),
                    String.valueOf(to), reason);
        }
    }
}
