package app.recoverydesk.incident;

import java.io.Serializable;

/**
 * How many incidents a list has, counted up to {@link #CAP}. An exact count of a large tenant's incidents
 * reads every matching row (seconds at a million incidents), and counting reads one index entry per match up
 * to the cap: at 10,000 that was most of the database's work for a list page (measured at 1M). Fifty pages of
 * twenty are more than anyone pages through; past the cap a list says "1,000+" and asks for a narrower filter.
 */
public record Tally(long value, boolean exact) implements Serializable {

    public static final int CAP = 1_000;

    /**
     * The query counting, in the database, the incidents {@code fromWhere} ("from Incident i where …") finds,
     * stopping one past the cap: only the number crosses the wire, not ten thousand ids. HQL takes a limit
     * only after an order: the order is by the tenant, one value in every query, so the database drops it
     * instead of sorting the matches.
     */
    public static String countOf(String fromWhere) {
        return countOfOrdered("select i.id as id " + fromWhere + " order by i.tenantId");
    }

    /** The count, stopping one past the cap, of the rows an ordered select of ids ("… as id … order by …") reads. */
    static String countOfOrdered(String orderedIds) {
        return "select count(*) from (" + orderedIds + " limit " + (CAP + 1) + ") capped";
    }

    /** What a {@link #countOf} query answered. */
    public static Tally of(long found) {
        return found > CAP ? new Tally(CAP, false) : new Tally(found, true);
    }
}
