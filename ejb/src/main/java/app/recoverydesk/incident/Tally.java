package app.recoverydesk.incident;

import jakarta.persistence.TypedQuery;

/**
 * How many incidents a list has, counted up to {@link #CAP}. An exact count of a large tenant's incidents
 * reads every matching row (seconds at a million incidents); nobody pages past the ten-thousandth row, so
 * past the cap a list says "10,000+" and stays fast.
 */
public record Tally(long value, boolean exact) {

    public static final int CAP = 10_000;

    /** Counts the ids the query finds, reading at most one past the cap. */
    public static Tally of(TypedQuery<Long> ids) {
        int found = ids.setMaxResults(CAP + 1).getResultList().size();
        return found > CAP ? new Tally(CAP, false) : new Tally(found, true);
    }
}
