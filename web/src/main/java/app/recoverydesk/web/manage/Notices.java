package app.recoverydesk.web.manage;

import app.recoverydesk.notification.Notifications;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The caller's notices for the header's badge and the notices page: the unread count (polled by the badge, so it
 * changes without a reload), the newest notices, and marking them read.
 */
@Named
@RequestScoped
public class Notices {

    static final int PAGE = 50;

    @Inject
    private Notifications notifications;

    @Inject
    private TenantContext tenantContext;

    private List<Notifications.Notice> list;
    private Integer unread;

    public List<Notifications.Notice> getList() {
        if (list == null) {
            list = tenantContext.hasCaller() ? notifications.newest(PAGE) : List.of();
        }
        return list;
    }

    /** Whether the page has a caller with notices (not so on an error page drawn before sign-in completed). */
    public boolean isAvailable() {
        return tenantContext.hasCaller();
    }

    public int getUnread() {
        if (unread == null) {
            unread = tenantContext.hasCaller() ? notifications.unread() : 0;
        }
        return unread;
    }

    /** The badge's text: the count, or "99+" past what it counts. */
    public String getBadge() {
        int n = getUnread();
        return n >= Notifications.COUNT_CAP ? (Notifications.COUNT_CAP - 1) + "+" : Integer.toString(n);
    }

    public String markRead(long id) {
        notifications.markRead(id);
        return reload();
    }

    public String markAllRead() {
        notifications.markAllRead();
        return reload();
    }

    /** Leaves nothing stale: the page is drawn again after the change. */
    private String reload() {
        list = null;
        unread = null;
        return "/notifications?faces-redirect=true";
    }
}
