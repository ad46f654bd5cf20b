package app.recoverydesk.mail;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * The mail outbox: a mail is queued in the caller's transaction, so that it goes out exactly when the change that
 * caused it commits, and is sent by {@link MailWorker} after that. Sending is on only where {@code MAIL_FROM} names
 * the sender's address; without it nothing is queued.
 */
@Stateless
public class Mails {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<Queued> queued;

    @Inject
    private Clock clock;

    /** Fired in the queuing transaction; the worker's after-commit observer sends at once. */
    public record Queued(long mailId) {
    }

    public static boolean enabled() {
        String from = System.getenv("MAIL_FROM");
        return from != null && !from.isBlank();
    }

    /** Queues one mail to one address in the caller's transaction; nothing where mail is off. */
    public void queue(Long incidentId, MailPurpose purpose, String recipient, String senderName, String subject,
                      String body) {
        if (!enabled()) {
            return;
        }
        OutboundMail mail = new OutboundMail(incidentId, purpose, recipient, senderName, subject, body, clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new Queued(mail.getId()));
    }

    /** The mails to a case's customer (invitation, reminder), oldest first. */
    public List<OutboundMail> toCustomerOf(long incidentId) {
        return em.createNamedQuery("OutboundMail.ofIncident", OutboundMail.class).setParameter("incidentId", incidentId)
                .setParameter("purposes", EnumSet.of(MailPurpose.INVITATION, MailPurpose.REMINDER)).getResultList();
    }

    /** Whether the customer of a case got (or is getting) a mail of this purpose that has not bounced or failed. */
    public boolean reached(long incidentId, MailPurpose purpose) {
        return toCustomerOf(incidentId).stream().anyMatch(m -> m.getPurpose() == purpose && m.getStatus() == MailStatus.SENT);
    }
}
