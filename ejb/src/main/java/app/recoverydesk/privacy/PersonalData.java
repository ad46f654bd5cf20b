package app.recoverydesk.privacy;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.TextInput;
import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A business answers a customer's request about their data: finds them by name, e-mail or phone, gives them a copy of
 * everything held about them, and erases it. Erasing is irreversible and recorded in the audit log (who, when, which
 * customer id — never the data); the cases stay, without the customer's details, so that every report figure stays
 * as it was. An erased customer is found no more.
 */
@Stateless
public class PersonalData {

    /** What the API's caller types to confirm an erasure (the page asks in a dialog instead). */
    public static final String CONFIRMATION = "ERASE";
    /** The longest search text, and how many customers a search lists at most. */
    public static final int MAX_QUERY = 200;
    public static final int MAX_FOUND = 50;

    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]+");

    /** One case of a customer found, for the list. */
    public record CaseRef(long id, Instant occurredAt, IncidentStatus status, String location) implements Serializable {
    }

    /** A customer found, with their cases newest first. */
    public record Found(long id, String name, String contact, boolean consent, String language, List<CaseRef> cases)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Erasure erasure;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * The customers whose name or contact contains {@code text} (any case; a phone number also by its digits, however
     * it is spaced or written with +), at most {@link #MAX_FOUND}; nothing for a blank text.
     */
    public List<Found> find(String text) {
        TextInput.optional("q", text, MAX_QUERY);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.strip().toLowerCase(Locale.ROOT);
        String digits = q.replaceAll("[^0-9]", "");
        boolean phone = PHONE.matcher(q).matches() && digits.length() >= 3;
        var query = em.createQuery("select c from Customer c where c.erasedAt is null and "
                + "(lower(c.name) like :like escape '!' or lower(c.contact) like :like escape '!'"
                + (phone ? " or c.contactKey like :digits" : "") + ") order by c.name, c.id", Customer.class)
                .setParameter("like", "%" + escape(q) + "%").setMaxResults(MAX_FOUND);
        if (phone) {
            query.setParameter("digits", "%" + digits + "%");
        }
        List<Customer> found = query.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CaseRef>> cases = new LinkedHashMap<>();
        em.createQuery("select i from Incident i join fetch i.location where i.customer.id in :ids "
                        + "order by i.occurredAt desc, i.id desc", Incident.class)
                .setParameter("ids", found.stream().map(Customer::getId).toList()).getResultList()
                .forEach(i -> cases.computeIfAbsent(i.getCustomer().getId(), k -> new ArrayList<>())
                        .add(new CaseRef(i.getId(), i.getOccurredAt(), i.getStatus(), i.getLocation().getName())));
        return found.stream().map(c -> new Found(c.getId(), c.getName(), c.getContact(), c.isConsent(), c.getLanguage(),
                cases.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** Everything held about the customer, for their copy; the audit log records that a copy was made. */
    public CustomerFile export(long customerId) {
        Customer customer = require(customerId, false);
        Tenant tenant = currentTenant.get();
        List<Incident> incidents = em.createQuery("select i from Incident i join fetch i.location "
                + "left join fetch i.category where i.customer.id = :customerId order by i.occurredAt, i.id", Incident.class)
                .setParameter("customerId", customerId).getResultList();
        List<CustomerFile.Case> cases = new ArrayList<>();
        Map<Long, String> options = new LinkedHashMap<>();
        Locale language = tenant.getDefaultLanguage();
        for (Incident incident : incidents) {
            long id = incident.getId();
            List<Recovery> recoveries = em.createNamedQuery("Recovery.ofIncident", Recovery.class)
                    .setParameter("incidentId", id).getResultList();
            recoveries.forEach(r -> options.computeIfAbsent(r.getOptionId(), o -> {
                RecoveryOption option = em.find(RecoveryOption.class, o);
                return option == null ? String.valueOf(o) : option.nameIn(language);
            }));
            cases.add(new CustomerFile.Case(incident,
                    em.createNamedQuery("IncidentEvent.ofIncident", IncidentEvent.class).setParameter("incidentId", id)
                            .getResultList(),
                    recoveries,
                    em.createNamedQuery("Promise.ofIncident", Promise.class).setParameter("incidentId", id).getResultList(),
                    em.createNamedQuery("Feedback.ofIncident", Feedback.class).setParameter("incidentId", id).getResultList(),
                    em.createNamedQuery("Attachment.ofIncident", Attachment.Info.class).setParameter("incidentId", id)
                            .getResultList()));
        }
        audit.record("customer.exported", "customer " + customerId, null, null);
        return new CustomerFile(tenant.getName(), language, tenant.getTimeZone(), clock.instant(), customer, cases, options);
    }

    /**
     * Erases the customer's personal data (see {@link Erasure}) once {@code confirmation} is {@link #CONFIRMATION};
     * irreversible. Answers how many cases were kept without the customer's details.
     */
    public int erase(long customerId, String confirmation) {
        Customer customer = require(customerId, true);
        if (confirmation == null || !CONFIRMATION.equals(confirmation.strip())) {
            throw new InvalidInputException("confirm", "privacy.erase.confirm", CONFIRMATION);
        }
        int cases = erasure.erase(customer, clock.instant());
        audit.record("customer.erased", "customer " + customerId, null, null);
        return cases;
    }

    private Customer require(long customerId, boolean lock) {
        var query = em.createQuery("select c from Customer c where c.id = :id and c.erasedAt is null", Customer.class)
                .setParameter("id", customerId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(CustomerNotFoundException::new);
    }

    /** A LIKE pattern that finds the text as typed: % and _ are no wildcards. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
