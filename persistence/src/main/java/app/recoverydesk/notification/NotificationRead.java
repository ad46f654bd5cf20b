package app.recoverydesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/** One reader's mark that they have read a notice. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    public static class Key implements Serializable {
        private Long notificationId;
        private String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(notificationId, k.notificationId)
                    && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, username);
        }
    }

    @Id
    @Column(name = "notification_id", updatable = false)
    private Long notificationId;

    @Id
    @Column(updatable = false)
    private String username;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected NotificationRead() {
    }

    public NotificationRead(long notificationId, String username, Instant now) {
        this.notificationId = notificationId;
        this.username = username;
        this.readAt = now;
    }
}
