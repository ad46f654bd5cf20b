package app.recoverydesk.initiative;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An incident an initiative addresses. */
@Entity
@Table(name = "initiative_incident")
@NamedQuery(name = "InitiativeIncident.incidentsOf", query = "select l.incidentId from InitiativeIncident l where l.initiativeId = :initiativeId order by l.incidentId")
@NamedQuery(name = "InitiativeIncident.initiativesOf", query = "select i from Initiative i where i.id in "
        + "(select l.initiativeId from InitiativeIncident l where l.incidentId = :incidentId)")
@NamedQuery(name = "InitiativeIncident.exists", query = "select count(l) from InitiativeIncident l where l.initiativeId = :initiativeId and l.incidentId = :incidentId")
public class InitiativeIncident extends TenantOwned {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    protected InitiativeIncident() {
    }

    public InitiativeIncident(long initiativeId, long incidentId) {
        this.initiativeId = initiativeId;
        this.incidentId = incidentId;
    }
}
