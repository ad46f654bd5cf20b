package app.recoverydesk.casefile;

import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.feedback.Invitations;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.incident.Attachment;
import app.recoverydesk.initiative.Initiatives;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.tenancy.IdentityProviderException;
import app.recoverydesk.tenancy.Staff;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads the case page in one transaction. The incident is read once, through the location scope; what hangs off
 * it is then read by its id, without asking again whether the caller may see the incident.
 */
@Stateless
public class CaseViews {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private Initiatives initiatives;

    @Inject
    private Invitations invitations;

    @Inject
    private Staff staff;

    /**
     * The case page of a case, or empty where there is none the caller may see: one call, one transaction.
     * withOwners: the page offers the promise form, so it needs the staff who work at the case's location.
     */
    public Optional<CasePage> page(long id, boolean withOwners) {
        return open(id).map(view -> new CasePage(view, invitations.ofSeenCase(id, !view.feedback().isEmpty()),
                withOwners ? ownersAt(view.incident().getLocation().getId()) : List.of()));
    }

    private List<Staff.Colleague> ownersAt(long locationId) {
        try {
            return staff.activeAt(locationId);
        } catch (IdentityProviderException e) {
            return List.of(); // the staff list is the identity provider's; the page offers the caller alone
        }
    }

    /** The case, or empty where there is none the caller may see. */
    public Optional<CaseView> open(long id) {
        return incidents.find(id).map(incident -> new CaseView(incident,
                incidents.earlierIncidentsOfCustomer(incident),
                ofIncident("IncidentEvent.ofIncident", IncidentEvent.class, id),
                ofIncident("Attachment.ofIncident", Attachment.Info.class, id),
                ofIncident("Recovery.ofIncident", Recovery.class, id),
                catalogue.entries(),
                ofIncident("Promise.ofIncident", Promise.class, id),
                ofIncident("Feedback.ofIncident", Feedback.class, id),
                initiatives.addressing(id)));
    }

    private <T> List<T> ofIncident(String query, Class<T> type, long incidentId) {
        return em.createNamedQuery(query, type).setParameter("incidentId", incidentId).getResultList();
    }
}
