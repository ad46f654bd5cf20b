package app.recoverydesk.incident;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reading one case, for every service that works on a case: a case the caller may not see (another tenant's,
 * another location's where staff are limited to theirs) is "not found", the same everywhere.
 */
@Stateless
public class Incidents {

    @PersistenceContext
    private EntityManager em;

    public Optional<Incident> find(long id) {
        return em.createNamedQuery("Incident.byId", Incident.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Incident require(long id) {
        return find(id).orElseThrow(IncidentNotFoundException::new);
    }

    /** Fails with "not found" unless the caller may see the incident; loads nothing into the persistence context. */
    public void requireExists(long id) {
        if (em.createNamedQuery("Incident.countById", Long.class).setParameter("id", id).getSingleResult() == 0) {
            throw new IncidentNotFoundException();
        }
    }

    /** The incident, locked for the rest of the transaction (latest committed version, not the snapshot). */
    public Incident requireLocked(long id) {
        return em.createNamedQuery("Incident.byId", Incident.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(IncidentNotFoundException::new);
    }

    public List<IncidentEvent> timeline(long incidentId) {
        require(incidentId);
        return em.createNamedQuery("IncidentEvent.ofIncident", IncidentEvent.class)
                .setParameter("incidentId", incidentId).getResultList();
    }

    /** The same customer's other incidents, newest first: repeat complaints show on the case. */
    public List<Incident> earlierIncidentsOfCustomer(Incident incident) {
        if (incident.getCustomer() == null) {
            return List.of();
        }
        return em.createNamedQuery("Incident.ofCustomer", Incident.class)
                .setParameter("customerId", incident.getCustomer().getId())
                .setParameter("excluding", incident.getId())
                .setMaxResults(50).getResultList();
    }
}
