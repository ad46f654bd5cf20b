package app.recoverydesk.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned record is: an id and the tenant, which Hibernate stamps on every write and
 * requires on every read (see {@link CurrentTenantResolver}). Nothing sets the tenant by hand. Serializable, so that a
 * record a page holds keeps its id and tenant in the session another node reads back.
 */
@MappedSuperclass
public abstract class TenantOwned implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    public Long getId() {
        return id;
    }

    /** The tenant Hibernate stamped (for what counts records by tenant, as the report's daily counts do). */
    public Long getTenantId() {
        return tenantId;
    }
}
