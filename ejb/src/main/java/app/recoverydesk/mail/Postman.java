package app.recoverydesk.mail;

import app.recoverydesk.event.Backoff;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mail from the outbox to the SMTP server: taken in a short transaction of its own (so that no other worker
 * takes it meanwhile), sent with no transaction open, and the outcome written in another. A failed try waits as
 * {@link Backoff} says and is given up {@link Backoff#GIVE_UP_AFTER} after the mail was queued.
 */
@Stateless
public class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class.getName());

    /** How long a taken mail is left to its worker before another may try it (a crash in between). */
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private SmtpSender smtp;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext self;

    /** Never throws: a failure is written down for the next try. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(long id, long tenantId) {
        Postman me = self.getBusinessObject(Postman.class);
        try {
            Letter letter = me.take(id, tenantId);
            if (letter == null) {
                return;
            }
            SmtpSender.Outcome outcome = smtp.send(letter);
            me.record(id, tenantId, outcome);
            if (outcome.result() != SmtpSender.Result.SENT) {
                LOG.warning(() -> "Mail " + id + " not sent (" + outcome.result() + "): " + outcome.error());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + id + " could not be handled; it is tried again", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Letter take(long id, long tenantId) {
        return tenantContext.runAs(tenantId, () -> {
            OutboundMail mail = locked(id);
            if (mail == null || mail.getStatus() != MailStatus.PENDING || mail.getNextAttemptAt().isAfter(clock.instant())) {
                return null; // another worker has it, or had it
            }
            mail.claim(clock.instant(), LEASE);
            return new Letter(mail.getId(), mail.getRecipient(), mail.getSenderName(), mail.getSubject(), mail.getBody());
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, long tenantId, SmtpSender.Outcome outcome) {
        tenantContext.runAs(tenantId, () -> {
            OutboundMail mail = em.createNamedQuery("OutboundMail.byId", OutboundMail.class).setParameter("id", id)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
            if (mail == null || mail.getStatus() != MailStatus.PENDING) {
                return;
            }
            switch (outcome.result()) {
                case SENT -> mail.sent(clock.instant());
                case BOUNCED -> mail.bounced(outcome.error());
                case FAILED -> mail.failed(outcome.error(), clock.instant(), Backoff.after(mail.getAttempts() + 1),
                        Backoff.GIVE_UP_AFTER);
            }
        });
    }

    /** The row, locked; null where another transaction holds it (SKIP LOCKED) or it is gone. */
    private OutboundMail locked(long id) {
        return em.createNamedQuery("OutboundMail.byId", OutboundMail.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultStream().findFirst().orElse(null);
    }
}
