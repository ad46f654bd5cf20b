package app.recoverydesk.incident;

import app.recoverydesk.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Finds the customer again by their contact, or records a new one. */
@Stateless
public class Customers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    public Customer recognise(String name, String contact, boolean consent, Instant now) {
        return recognise(name, contact, consent, null, now);
    }

    /**
     * As {@link #recognise(String, String, boolean, Instant)}, with the customer's preferred language: a new
     * customer without one gets the business's, a known one keeps theirs unless a new one is given.
     */
    public Customer recognise(String name, String contact, boolean consent, String language, Instant now) {
        Optional<Customer> known = consent
                ? Customer.keyOf(contact).flatMap(key -> em.createNamedQuery("Customer.byContact", Customer.class)
                        .setParameter("key", key).getResultStream().findFirst())
                : Optional.empty();
        if (known.isPresent()) {
            known.get().update(name, contact, true, now);
            known.get().prefer(language);
            return known.get();
        }
        Customer customer = new Customer(name, contact, consent,
                language != null ? language : currentTenant.get().getDefaultLanguage().getLanguage(), now);
        em.persist(customer);
        return customer;
    }
}
