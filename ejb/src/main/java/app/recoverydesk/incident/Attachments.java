package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Photos and PDFs on an incident: at most 10 MB each, type judged by the bytes, not by the name. */
@Stateless
public class Attachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private TenantContext caller;

    @Inject
    private Clock clock;

    public Attachment attach(long incidentId, String fileName, byte[] content) {
        Incident incident = incidents.require(incidentId);
        if (content.length > MAX_BYTES) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_LARGE);
        }
        String type = FileType.detect(content)
                .orElseThrow(() -> new AttachmentRejectedException(AttachmentRejectedException.Reason.UNSUPPORTED_TYPE));
        String name = FileType.safeName(fileName, type);
        Instant now = clock.instant();
        Attachment attachment = new Attachment(incident, name, type, content, caller.username(), now);
        em.persist(attachment);
        em.persist(IncidentEvent.attached(incident, now, caller.username(), name));
        return attachment;
    }

    public List<Attachment.Info> of(long incidentId) {
        incidents.require(incidentId);
        return em.createNamedQuery("Attachment.ofIncident", Attachment.Info.class)
                .setParameter("incidentId", incidentId).getResultList();
    }

    public Optional<Attachment> find(long incidentId, long attachmentId) {
        return em.createNamedQuery("Attachment.byId", Attachment.class)
                .setParameter("id", attachmentId).setParameter("incidentId", incidentId)
                .getResultStream().findFirst();
    }
}
