package app.recoverydesk.incident;

import app.recoverydesk.rollup.Counting;
import app.recoverydesk.rollup.FeedbackDays;
import app.recoverydesk.rollup.IncidentDays;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the report's daily counts ({@link IncidentDays}) in step with every incident written: logged is +1 on its
 * key, a change of what it is counted by (location, time, root cause edited; responded, resolved, reopened) -1 on
 * the key it was counted under when read and +1 on the new one. Whatever service makes the change, the count cannot
 * be forgotten.
 */
public class IncidentCounting extends Counting<Incident, IncidentDays.Key> {

    public IncidentCounting() {
        super(IncidentCounting::key, Incident::countedAs, Incident::countedAs, IncidentDays::add);
    }

    @PostLoad
    void onLoad(Incident e) {
        loaded(e);
    }

    @PostPersist
    void onPersist(Incident e) {
        written(e);
    }

    @PostUpdate
    void onUpdate(Incident e) {
        changed(e);
    }

    @PostRemove
    void onRemove(Incident e) {
        removed(e);
    }

    /** The customers' answers are counted at their case's location: they move with it. */
    @Override
    protected void moved(Connection c, Incident incident, IncidentDays.Key before, IncidentDays.Key after)
            throws SQLException {
        if (before.locationId() != after.locationId()) {
            FeedbackDays.moved(c, after.tenantId(), incident.getId(), before.locationId(), after.locationId());
        }
    }

    private static IncidentDays.Key key(Incident i) {
        return new IncidentDays.Key(i.getTenantId(), i.getLocation().getId(), i.getOccurredAt(), i.getRootCause().name(),
                i.getCreatedAt(), i.getRespondedAt(), i.getResolvedAt());
    }
}
