package app.recoverydesk.incident;

import app.recoverydesk.rollup.IncidentDays;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.sql.SQLException;
import org.hibernate.HibernateException;
import org.hibernate.Session;

/**
 * Keeps the report's daily counts ({@link IncidentDays}) in step with every incident written, as it is written (in
 * the flush, on the transaction's own connection): logged is +1 on its key, a change of what it is counted by
 * (location, time, root cause edited; responded, resolved, reopened) -1 on the key it was counted under when read
 * and +1 on the new one. Whatever service makes the change, the count cannot be forgotten.
 */
public class IncidentCounting {

    @PersistenceContext
    private EntityManager em;

    @PostLoad
    void loaded(Incident incident) {
        incident.countedAs(key(incident));
    }

    @PostPersist
    void logged(Incident incident) {
        IncidentDays.Key key = key(incident);
        add(key, 1);
        incident.countedAs(key);
    }

    @PostUpdate
    void changed(Incident incident) {
        IncidentDays.Key before = incident.countedAs();
        IncidentDays.Key after = key(incident);
        if (before == null) {
            throw new IllegalStateException("Incident " + incident.getId() + " was written without being read");
        }
        if (!before.equals(after)) {
            add(before, -1);
            add(after, 1);
            if (before.locationId() != after.locationId()) {
                // the customers' answers are counted at their case's location: they move with it
                app.recoverydesk.rollup.InFlush.write(em, c -> app.recoverydesk.rollup.FeedbackDays.moved(c,
                        after.tenantId(), incident.getId(), before.locationId(), after.locationId()));
            }
            incident.countedAs(after);
        }
    }

    @PostRemove
    void removed(Incident incident) {
        add(incident.countedAs() != null ? incident.countedAs() : key(incident), -1);
    }

    private static IncidentDays.Key key(Incident i) {
        return new IncidentDays.Key(i.getTenantId(), i.getLocation().getId(), i.getOccurredAt(), i.getRootCause().name(),
                i.getCreatedAt(), i.getRespondedAt(), i.getResolvedAt());
    }

    private void add(IncidentDays.Key key, int delta) {
        if (em == null) {
            throw new IllegalStateException("The incident counting has no persistence context: it is created by CDI");
        }
        em.unwrap(Session.class).doWork(c -> {
            try {
                IncidentDays.add(c, key, delta);
            } catch (SQLException e) {
                throw new HibernateException("Could not count the incident's day", e);
            }
        });
    }
}
