package app.recoverydesk.rollup;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.tenancy.Location;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Keeps the report's daily counts ({@code incident_day}, {@code incident_minutes_day}) in step with every incident
 * Hibernate writes, as it writes it (in the flush, on the same connection): logged is +1 on its key, a change of what
 * it is counted by (location, time, root cause edited; responded, resolved, reopened) -1 on the old key and +1 on the
 * new one. Whatever service makes the change, the count cannot be forgotten.
 */
public class IncidentDayListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Incident) {
            add(event.getSession(), key(event.getPersister(), event.getState()), 1);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof Incident) || event.getOldState() == null) {
            return;
        }
        IncidentDays.Key before = key(event.getPersister(), event.getOldState());
        IncidentDays.Key after = key(event.getPersister(), event.getState());
        if (!before.equals(after)) {
            add(event.getSession(), before, -1);
            add(event.getSession(), after, 1);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Incident) {
            add(event.getSession(), key(event.getPersister(), event.getDeletedState()), -1);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static IncidentDays.Key key(EntityPersister persister, Object[] state) {
        Location location = (Location) state[persister.getPropertyIndex("location")];
        return new IncidentDays.Key(((Number) state[persister.getPropertyIndex("tenantId")]).longValue(),
                location.getId(), (Instant) state[persister.getPropertyIndex("occurredAt")],
                Objects.toString(state[persister.getPropertyIndex("rootCause")]),
                (Instant) state[persister.getPropertyIndex("createdAt")],
                (Instant) state[persister.getPropertyIndex("respondedAt")],
                (Instant) state[persister.getPropertyIndex("resolvedAt")]);
    }

    private static void add(SharedSessionContractImplementor session, IncidentDays.Key key, int delta) {
        try {
            IncidentDays.add(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(), key, delta);
        } catch (SQLException e) {
            throw new HibernateException("Could not count the incident's day", e);
        }
    }
}
