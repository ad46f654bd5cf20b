package app.recoverydesk.report;

/**
 * Every figure of the report that can be opened to the incidents behind it. Each is a condition on an incident
 * {@code i} for the period ({@code :from}, {@code :to}) and, where it names one, a {@code :key} (a root cause, an
 * option id, a promise owner); {@code {loc:x}} is where the location restriction goes, on the record the figure
 * counts. The tenant restriction is Hibernate's, as everywhere.
 */
public enum Figure {
    INCIDENTS("i.occurredAt >= :from and i.occurredAt < :to {loc:i.location.id}", Key.NONE),
    ROOT_CAUSE("i.occurredAt >= :from and i.occurredAt < :to and i.rootCause = :key {loc:i.location.id}", Key.ROOT_CAUSE),
    REPEAT("i.occurredAt >= :from and i.occurredAt < :to {loc:i.location.id} and i.customer.id in ("
            + "select j.customer.id from Incident j where j.occurredAt >= :from and j.occurredAt < :to {loc:j.location.id}"
            + " group by j.customer.id having count(j) > 1)", Key.NONE),
    UNRESOLVED("i.occurredAt >= :from and i.occurredAt < :to and i.resolvedAt is null {loc:i.location.id}", Key.NONE),
    RESPONDED("i.occurredAt >= :from and i.occurredAt < :to and i.respondedAt is not null {loc:i.location.id}", Key.NONE),
    RESOLVED("i.occurredAt >= :from and i.occurredAt < :to and i.resolvedAt is not null {loc:i.location.id}", Key.NONE),
    RECOVERIES(recovery(""), Key.NONE),
    WITHIN_POLICY(recovery("and r.status = app.recoverydesk.recovery.RecoveryStatus.GRANTED"), Key.NONE),
    EXCEPTIONS(recovery("and r.status <> app.recoverydesk.recovery.RecoveryStatus.GRANTED"), Key.NONE),
    APPROVED(recovery("and r.status = app.recoverydesk.recovery.RecoveryStatus.APPROVED"), Key.NONE),
    REJECTED(recovery("and r.status = app.recoverydesk.recovery.RecoveryStatus.REJECTED"), Key.NONE),
    PENDING(recovery("and r.status = app.recoverydesk.recovery.RecoveryStatus.PENDING"), Key.NONE),
    APPROVAL_OVERDUE(recovery("and " + Figure.OVERDUE), Key.NONE),
    OVER_LIMIT(recovery("and " + Figure.OVER_LIMIT_CONDITION), Key.NONE),
    OPTION(recovery("and r.optionId = :key and " + Figure.GRANTED_OR_APPROVED), Key.OPTION),
    PROMISES_KEPT(promise("KEPT"), Key.OWNER),
    PROMISES_LATE(promise("LATE"), Key.OWNER),
    PROMISES_BROKEN(promise("BROKEN"), Key.OWNER),
    PROMISES_OPEN(promise("OPEN"), Key.OWNER),
    FEEDBACK("exists (select f.id from Feedback f where f.incidentId = i.id and f.createdAt >= :from and f.createdAt < :to)"
            + " {loc:i.location.id}", Key.NONE),
    FEEDBACK_NOT_SOLVED("exists (select f.id from Feedback f where f.incidentId = i.id and f.createdAt >= :from"
            + " and f.createdAt < :to and f.solved = false) {loc:i.location.id}", Key.NONE);

    /**
     * What the optional key of a figure is. Owner keys are optional: without one, every owner's promises;
     * {@link #NO_OWNER} stands for the location queue's (promises nobody owns).
     */
    public enum Key { NONE, ROOT_CAUSE, OPTION, OWNER }

    public static final String NO_OWNER = "-";

    static final String GRANTED_OR_APPROVED = "r.status in (app.recoverydesk.recovery.RecoveryStatus.GRANTED, "
            + "app.recoverydesk.recovery.RecoveryStatus.APPROVED)";
    /** Decided after it was due, or still waiting past it. */
    static final String OVERDUE = "r.dueAt is not null and (r.decidedAt > r.dueAt"
            + " or (r.status = app.recoverydesk.recovery.RecoveryStatus.PENDING and r.dueAt < :now))";
    /**
     * Granted on the spot although it exceeded the per-incident limit of the policy version it was judged by: a fact
     * the recovery keeps from its grant (V30), so the over-limit rows are found by an index of their own.
     */
    static final String OVER_LIMIT_CONDITION = "r.overLimit = true";

    private final String condition;
    private final Key key;

    Figure(String condition, Key key) {
        this.condition = condition;
        this.key = key;
    }

    private static String recovery(String more) {
        return "exists (select r.id from Recovery r where r.incidentId = i.id and r.requestedAt >= :from and r.requestedAt < :to"
                + " {loc:r.locationId} " + more + ")";
    }

    private static String promise(String status) {
        return "exists (select p.id from Promise p where p.incidentId = i.id and p.dueAt >= :from and p.dueAt < :to"
                + " {loc:p.locationId} and p.status = app.recoverydesk.promise.PromiseStatus." + status
                + " {owner})";
    }

    public Key key() {
        return key;
    }

    /** The condition with the location restriction (when there is one) and the owner (when one is asked for). */
    String condition(boolean restricted, String owner) {
        String c = condition.replace(" {owner}", owner == null ? "" : NO_OWNER.equals(owner) ? " and p.owner is null"
                : " and p.owner = :key");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" \\{loc:([\\w.]+)}").matcher(c);
        return m.replaceAll(r -> restricted ? " and " + r.group(1) + " in :locations" : "");
    }

    boolean usesNow() {
        return condition.contains(":now");
    }
}
