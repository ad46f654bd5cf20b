package app.recoverydesk.incident;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The caller's own saved views of the incident list. The tenant filter keeps them in the caller's business, the
 * username to the caller: nobody else, in the business or not, reads, replaces or deletes them.
 */
@Stateless
public class SavedViews {

    /** Enough for a person's regular lists; a row of chips, not a second list to search. */
    public static final int MAX_PER_USER = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private Clock clock;

    public List<SavedView> mine() {
        return em.createNamedQuery("SavedView.ofUser", SavedView.class).setParameter("username", caller.username())
                .getResultList();
    }

    /** Saves the list's {@code query} under {@code name}; a view of the same name (in any case) gets the new query. */
    public SavedView save(String name, String query) {
        SavedView view = new SavedView(caller.username(), name, query, clock.instant());
        List<SavedView> same = em.createNamedQuery("SavedView.named", SavedView.class)
                .setParameter("username", caller.username()).setParameter("name", view.getName()).getResultList();
        if (!same.isEmpty()) {
            same.get(0).replaceQuery(view.getQuery());
            return same.get(0);
        }
        long count = em.createNamedQuery("SavedView.countOfUser", Long.class)
                .setParameter("username", caller.username()).getSingleResult();
        if (count >= MAX_PER_USER) {
            throw new InvalidInputException("name", "savedView.tooMany", MAX_PER_USER);
        }
        em.persist(view);
        return view;
    }

    public void delete(long id) {
        em.remove(require(id));
    }

    /** The caller's view; any other is not found, whoever's it is. */
    public SavedView require(long id) {
        // a query, not find(): it carries the tenant restriction
        return em.createNamedQuery("SavedView.mine", SavedView.class).setParameter("id", id)
                .setParameter("username", caller.username()).getResultStream().findFirst()
                .orElseThrow(IncidentNotFoundException::new);
    }
}
