package app.recoverydesk.incident;

import app.recoverydesk.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds the customer again by their contact, or records a new one. */
@Stateless
public class Customers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    public Customer recognise(String name, String contact, boolean consent, Instant now) {
        return recognise(name, contact, consent, null, now, null);
    }

    /**
     * As {@link #recognise(String, String, boolean, Instant)}, with the customer's preferred language: a new
     * customer without one gets the business's, a known one keeps theirs unless a new one is given. Where a known
     * customer's name or contact changes, their cases other than {@code caseId} (the one being written, which its
     * writer indexes) are found by the new ones from now on, and no longer by the old.
     */
    public Customer recognise(String name, String contact, boolean consent, String language, Instant now, Long caseId) {
        Optional<Customer> known = consent
                ? Customer.keyOf(contact).flatMap(key -> em.createNamedQuery("Customer.byContact", Customer.class)
                        .setParameter("key", key).getResultStream().findFirst())
                : Optional.empty();
        if (known.isPresent()) {
            if (known.get().update(name, contact, true, now)) {
                reindexCases(known.get(), caseId);
            }
            known.get().prefer(language);
            return known.get();
        }
        Customer customer = new Customer(name, contact, consent,
                language != null ? language : currentTenant.get().getDefaultLanguage().getLanguage(), now);
        em.persist(customer);
        return customer;
    }

    /**
     * Writes anew the search words of the customer's cases. In SQL, as the search index is: the case list's location
     * restriction of a caller must not hide a case whose words would then keep the old name.
     */
    private void reindexCases(Customer customer, Long caseId) {
        long tenant = currentTenant.get().getId();
        @SuppressWarnings("unchecked")
        List<Object[]> cases = em.createNativeQuery("select id, what_happened, customer_expected, root_cause_note"
                        + " from incident where tenant_id = :tenant and customer_id = :customer and id <> :excluding")
                .setParameter("tenant", tenant).setParameter("customer", customer.getId())
                .setParameter("excluding", caseId == null ? -1L : caseId).getResultList();
        for (Object[] c : cases) {
            long id = ((Number) c[0]).longValue();
            em.createNativeQuery("delete from incident_word where tenant_id = :tenant and incident_id = :id")
                    .setParameter("tenant", tenant).setParameter("id", id).executeUpdate();
            for (String word : SearchWords.ofCase((String) c[1], (String) c[2], (String) c[3], customer.getName(),
                    customer.getContact())) {
                em.createNativeQuery("insert into incident_word (tenant_id, word, incident_id) values (:tenant, :word, :id)")
                        .setParameter("tenant", tenant).setParameter("word", word).setParameter("id", id).executeUpdate();
            }
        }
    }
}
