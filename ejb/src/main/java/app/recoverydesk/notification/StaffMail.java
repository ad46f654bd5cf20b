package app.recoverydesk.notification;

import app.recoverydesk.event.DomainEvent;
import app.recoverydesk.event.Part;
import app.recoverydesk.mail.MailPurpose;
import app.recoverydesk.mail.MailTexts;
import app.recoverydesk.mail.Mails;
import app.recoverydesk.mail.PublicLinks;
import app.recoverydesk.mail.StaffRecipients;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells staff at once by e-mail, as the business's settings say: the location's managers (and executives, where
 * chosen) of a new exception request; a promise's owner and the location's managers of an overdue promise. In the
 * business's language. Runs as the event's hand-over: the mails are queued with it, or the hand-over is tried again.
 */
@Stateless
public class StaffMail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffRecipients recipients;

    @Inject
    private Mails mails;

    public void on(@Observes @Part("staff-mail") DomainEvent event) {
        if (!Mails.enabled()) {
            return;
        }
        switch (event.type()) {
            case RECOVERY_REQUESTED -> exceptionRequested(event);
            case PROMISE_LATE -> promiseLate(event);
            default -> {
            }
        }
    }

    private void exceptionRequested(DomainEvent event) {
        Tenant tenant = currentTenant.get();
        Set<String> roles = new HashSet<>();
        if (tenant.isMailExceptionToManagers()) {
            roles.add(Roles.MANAGER);
        }
        if (tenant.isMailExceptionToExecutives()) {
            roles.add(Roles.EXECUTIVE);
        }
        Long recoveryId = event.number("recoveryId");
        Recovery recovery = recoveryId == null ? null : em.createNamedQuery("Recovery.byId", Recovery.class)
                .setParameter("id", recoveryId).getResultStream().findFirst().orElse(null);
        if (recovery == null || roles.isEmpty()) {
            return;
        }
        Set<String> to = recipients.withRoles(tenant, roles, recovery.getLocationId());
        MailTexts texts = MailTexts.in(tenant.getDefaultLanguage().toLanguageTag());
        Locale locale = Locale.forLanguageTag(texts.language());
        String option = em.createNamedQuery("RecoveryOption.byId", RecoveryOption.class)
                .setParameter("id", recovery.getOptionId()).getResultStream().findFirst()
                .map(o -> o.nameIn(locale)).orElse("");
        String amount = recovery.getAmount() == null ? "" : recovery.getAmount().toString();
        String subject = texts.text("exception.subject", recovery.getIncidentId(), option, amount).strip();
        String body = texts.text("exception.body", tenant.getName(), recovery.getIncidentId(), option, amount,
                recovery.getRequestedBy(), recovery.getReason() == null ? "" : recovery.getReason(),
                when(recovery.getDueAt(), tenant, locale), PublicLinks.base() + "/manage/approvals.xhtml",
                PublicLinks.incident(recovery.getIncidentId()));
        for (String address : to) {
            mails.queue(recovery.getIncidentId(), MailPurpose.EXCEPTION_REQUEST, address, tenant.getName(), subject, body);
        }
    }

    private void promiseLate(DomainEvent event) {
        Tenant tenant = currentTenant.get();
        Long promiseId = event.number("promiseId");
        Promise promise = promiseId == null ? null : em.createNamedQuery("Promise.byId", Promise.class)
                .setParameter("id", promiseId).getResultStream().findFirst().orElse(null);
        if (promise == null) {
            return;
        }
        Set<String> to = new TreeSet<>();
        if (tenant.isMailOverdueToOwner()) {
            to.addAll(recipients.member(tenant, promise.getOwner()));
        }
        if (tenant.isMailOverdueToManagers()) {
            to.addAll(recipients.withRoles(tenant, Set.of(Roles.MANAGER), promise.getLocationId()));
        }
        MailTexts texts = MailTexts.in(tenant.getDefaultLanguage().toLanguageTag());
        Locale locale = Locale.forLanguageTag(texts.language());
        String owner = promise.getOwner() == null ? texts.text("promise.queue") : promise.getOwner();
        String subject = texts.text("overdue.subject", promise.getWhat());
        String body = texts.text("overdue.body", tenant.getName(), promise.getWhat(), promise.getIncidentId(),
                when(promise.getDueAt(), tenant, locale), owner, PublicLinks.incident(promise.getIncidentId()));
        for (String address : to) {
            mails.queue(promise.getIncidentId(), MailPurpose.PROMISE_OVERDUE, address, tenant.getName(), subject, body);
        }
    }

    static String when(Instant at, Tenant tenant, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(tenant.getTimeZone()).format(at);
    }
}
