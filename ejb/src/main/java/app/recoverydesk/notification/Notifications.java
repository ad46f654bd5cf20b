package app.recoverydesk.notification;

import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The caller's notices: those to them by name, and those to their roles about the cases of their locations (all
 * locations for someone assigned to none). Who sees a notice is decided here and only here.
 */
@Stateless
public class Notifications {

    /** The badge counts up to this many; more shows as "99+". */
    public static final int COUNT_CAP = 100;
    private static final Set<String> NOTIFIED_ROLES = Set.of(Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Clock clock;

    /** A notice as the caller sees it (with getters: the pages' EL does not read record components). */
    public record Notice(Notification notification, boolean read) {
        public Notification getNotification() {
            return notification;
        }

        public boolean isRead() {
            return read;
        }
    }

    /** The newest notices first. */
    public List<Notice> newest(int max) {
        List<Notification> list = scoped(em.createNamedQuery("Notification.visible", Notification.class))
                .setMaxResults(max).getResultList();
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> read = new HashSet<>(em.createNamedQuery("Notification.readOf", Long.class)
                .setParameter("username", caller.username())
                .setParameter("ids", list.stream().map(Notification::getId).toList()).getResultList());
        return list.stream().map(n -> new Notice(n, read.contains(n.getId()))).toList();
    }

    /** How many the caller has not read, up to {@link #COUNT_CAP}. */
    public int unread() {
        return unreadIds(COUNT_CAP).size();
    }

    public void markRead(long id) {
        if (scoped(em.createNamedQuery("Notification.visibleById", Long.class)).setParameter("id", id)
                .getSingleResult() == 0) {
            throw new NotificationNotFoundException();
        }
        if (em.createNamedQuery("Notification.isRead", Long.class).setParameter("id", id)
                .setParameter("username", caller.username()).getSingleResult() == 0) {
            em.persist(new NotificationRead(id, caller.username(), clock.instant()));
        }
    }

    /** Marks every unread notice the caller has as read; answers how many. */
    public int markAllRead() {
        List<Long> unread = unreadIds(Integer.MAX_VALUE);
        unread.forEach(id -> em.persist(new NotificationRead(id, caller.username(), clock.instant())));
        return unread.size();
    }

    private List<Long> unreadIds(int max) {
        return scoped(em.createNamedQuery("Notification.unread", Long.class)).setMaxResults(max).getResultList();
    }

    private <T> TypedQuery<T> scoped(TypedQuery<T> query) {
        Set<String> roles = new HashSet<>(caller.roles());
        roles.retainAll(NOTIFIED_ROLES);
        Set<Long> locations = staffLocations.of(caller.username());
        return query.setParameter("username", caller.username())
                .setParameter("roles", roles.isEmpty() ? Set.of("-") : roles)
                .setParameter("everywhere", locations.isEmpty())
                .setParameter("locations", locations.isEmpty() ? Set.of(-1L) : locations);
    }
}
