package app.recoverydesk.report;

import app.recoverydesk.incident.RootCause;
import app.recoverydesk.money.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts of one period; the report holds them for its period and the one before, to compare. */
public record Figures(Incidents incidents, Recoveries recoveries, Approvals approvals, Promises promises,
                      Feedback feedback) {

    public record Incidents(long count, Map<RootCause, Long> byRootCause, long repeatCustomers, long repeatIncidents,
                            Spread response, Spread resolution, long unresolved) {

        public long of(RootCauseGroup group) {
            return group.causes().stream().mapToLong(c -> byRootCause.getOrDefault(c, 0L)).sum();
        }

        public Map<RootCauseGroup, Double> shares() {
            Map<RootCauseGroup, Double> shares = new EnumMap<>(RootCauseGroup.class);
            for (RootCauseGroup group : RootCauseGroup.values()) {
                shares.put(group, percent(of(group), count));
            }
            return shares;
        }
    }

    /** Granted within policy at once, or exceptions a manager approved, rejected or has not decided yet. */
    public record Recoveries(long withinPolicy, long approved, long rejected, long pending, long overLimit,
                             List<Money> value) {
        public long count() {
            return withinPolicy + exceptions();
        }

        public long exceptions() {
            return approved + rejected + pending;
        }
    }

    /** Decision time of exceptions requested in the period, against the tenant's target. */
    public record Approvals(Spread decisionMinutes, long overdue, int targetMinutes) {
    }

    /** Promises due in the period. Rates are of the settled ones: kept on time, late or broken. */
    public record Promises(long kept, long late, long broken, long open) {
        public long settled() {
            return kept + late + broken;
        }

        public Double keptRate() {
            return percent(kept, settled());
        }

        public Double lateRate() {
            return percent(late, settled());
        }

        public Double brokenRate() {
            return percent(broken, settled());
        }
    }

    /**
     * Customers' answers given in the period: solved or not, satisfaction 1–5 (CSAT: share of 4 and 5),
     * recommendation 0–10 (NPS: promoters 9–10 minus detractors 0–6, in points).
     */
    public record Feedback(long answers, long solved, long satisfied, long promoters, long detractors) {
        public Double solvedRate() {
            return percent(solved, answers);
        }

        public Double csat() {
            return percent(satisfied, answers);
        }

        public Double nps() {
            return answers == 0 ? null : round1(100.0 * (promoters - detractors) / answers);
        }
    }

    /** Percent with one decimal; null when there is nothing to divide by (shown as "–", never as 0 %). */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : round1(100.0 * part / whole);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
