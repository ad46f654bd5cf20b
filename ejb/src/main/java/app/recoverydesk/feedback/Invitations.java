package app.recoverydesk.feedback;

import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.mail.EmailAddress;
import app.recoverydesk.mail.MailPurpose;
import app.recoverydesk.mail.MailTexts;
import app.recoverydesk.mail.Mails;
import app.recoverydesk.mail.OutboundMail;
import app.recoverydesk.mail.PublicLinks;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer hears back: the feedback invitation mailed when their case is resolved (where they consented and
 * gave an e-mail address), in their language, from the business's name, with their link; one reminder after the
 * business's number of days if it went unanswered, with a second link of the same case. An answer through any link
 * of a case uses up all of them.
 */
@Stateless
public class Invitations {

    /** How the case page and the API show a mail to the customer. */
    public enum Delivery { PENDING, SENT, RETRYING, BOUNCED, FAILED, ANSWERED }

    /** One mail to the customer of a case, as staff see it. */
    public record CustomerMail(MailPurpose purpose, String recipient, Delivery delivery, int attempts,
                               Instant queuedAt, Instant sentAt) implements java.io.Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mails mails;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Incidents incidents;

    @Inject
    private Clock clock;

    /** Queues the invitation with the case's new link in the caller's transaction, where the customer can be mailed. */
    public void invite(Incident incident, String token, Instant expiresAt) {
        Customer customer = incident.getCustomer();
        Optional<String> address = addressOf(customer);
        if (address.isEmpty()) {
            return;
        }
        Tenant tenant = currentTenant.get();
        queue(MailPurpose.INVITATION, incident, customer, address.get(), tenant, token, expiresAt);
    }

    /** Uses up every other link of the case once the customer answered through one. */
    public void answered(long incidentId, Instant now) {
        em.createNamedQuery("FeedbackLink.ofIncident", FeedbackLink.class).setParameter("incidentId", incidentId)
                .getResultList().forEach(l -> l.retire(now));
    }

    /**
     * The one reminder for a link found due (see {@link FeedbackLink#DUE_FOR_REMINDER_SQL}), as its tenant: checked
     * again under a lock, then a second link and its mail. A case whose invitation did not reach the customer (no
     * e-mail address, a bounce, mail off) gets none; the link is marked either way, so it is not looked at again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(long linkId, long tenantId) {
        tenantContext.runAs(tenantId, () -> {
            Instant now = clock.instant();
            FeedbackLink link = em.createNamedQuery("FeedbackLink.byId", FeedbackLink.class).setParameter("id", linkId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", -2)
                    .getResultStream().findFirst().orElse(null);
            if (link == null || !link.isUsable(now) || link.getRemindedAt() != null) {
                return;
            }
            Incident incident = incidents.find(link.getIncidentId()).orElse(null);
            Optional<String> address = incident == null ? Optional.empty() : addressOf(incident.getCustomer());
            boolean answered = !em.createNamedQuery("Feedback.ofIncident", Feedback.class)
                    .setParameter("incidentId", link.getIncidentId()).setMaxResults(1).getResultList().isEmpty();
            boolean invited = mails.reached(link.getIncidentId(), MailPurpose.INVITATION);
            String token = Tokens.next();
            FeedbackLink second = link.reminder(Tokens.hash(token), now);
            if (address.isEmpty() || answered || !invited) {
                return;
            }
            em.persist(second);
            queue(MailPurpose.REMINDER, incident, incident.getCustomer(), address.get(), currentTenant.get(), token,
                    link.getExpiresAt());
        });
    }

    /** The mails to a case's customer, oldest first; an invitation or reminder that got its answer says so. */
    public List<CustomerMail> ofIncident(long incidentId) {
        incidents.requireExists(incidentId);
        boolean answered = !em.createNamedQuery("Feedback.ofIncident", Feedback.class)
                .setParameter("incidentId", incidentId).setMaxResults(1).getResultList().isEmpty();
        return ofSeenCase(incidentId, answered);
    }

    /**
     * As {@link #ofIncident}, for a case the caller was just found to see, whose feedback the caller already read
     * (the case page reads both in one transaction, without asking twice).
     */
    public List<CustomerMail> ofSeenCase(long incidentId, boolean answered) {
        return mails.toCustomerOf(incidentId).stream().map(m -> new CustomerMail(m.getPurpose(), m.getRecipient(),
                delivery(m, answered), m.getAttempts(), m.getCreatedAt(), m.getSentAt())).toList();
    }

    static Delivery delivery(OutboundMail m, boolean answered) {
        return switch (m.getStatus()) {
            case SENT -> answered ? Delivery.ANSWERED : Delivery.SENT;
            case BOUNCED -> Delivery.BOUNCED;
            case FAILED -> Delivery.FAILED;
            case PENDING -> m.isRetrying() ? Delivery.RETRYING : Delivery.PENDING;
        };
    }

    private void queue(MailPurpose purpose, Incident incident, Customer customer, String address, Tenant tenant,
                       String token, Instant expiresAt) {
        MailTexts texts = MailTexts.in(customer.getLanguage());
        Letter letter = letter(purpose, texts, tenant.getName(), customer.getName(), PublicLinks.feedback(token),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(texts.language()))
                        .withZone(tenant.getTimeZone()).format(expiresAt));
        mails.queue(incident.getId(), purpose, address, tenant.getName(), letter.subject(), letter.body());
    }

    /** The subject and text of an invitation or reminder. */
    record Letter(String subject, String body) {
    }

    static Letter letter(MailPurpose purpose, MailTexts texts, String business, String customerName, String link,
                         String validUntil) {
        String prefix = purpose == MailPurpose.REMINDER ? "reminder" : "invitation";
        String greeting = customerName == null || customerName.isBlank() ? texts.text("greeting")
                : texts.text("greeting.named", customerName.strip());
        return new Letter(texts.text(prefix + ".subject", business),
                texts.text(prefix + ".body", greeting, business, link, validUntil));
    }

    private static Optional<String> addressOf(Customer customer) {
        return customer == null || !customer.isConsent() ? Optional.empty() : EmailAddress.of(customer.getContact());
    }
}
