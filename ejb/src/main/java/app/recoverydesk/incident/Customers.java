package app.recoverydesk.incident;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Finds the customer again by their contact, or records a new one. */
@Stateless
public class Customers {

    @PersistenceContext
    private EntityManager em;

    public Customer recognise(String name, String contact, boolean consent, Instant now) {
        Optional<Customer> known = consent
                ? Customer.keyOf(contact).flatMap(key -> em.createNamedQuery("Customer.byContact", Customer.class)
                        .setParameter("key", key).getResultStream().findFirst())
                : Optional.empty();
        if (known.isPresent()) {
            known.get().update(name, contact, true, now);
            return known.get();
        }
        Customer customer = new Customer(name, contact, consent, now);
        em.persist(customer);
        return customer;
    }
}
