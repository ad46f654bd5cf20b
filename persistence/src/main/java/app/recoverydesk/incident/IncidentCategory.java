package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * One entry of a tenant's catalogue of failure categories ("food not served", "room not ready"). Defaults
 * come with a code whose label is translated; a tenant's own categories carry a name. In the second-level cache,
 * as {@link app.recoverydesk.tenancy.Location} is: every incident logged reads its category.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "incident_category")
@NamedQuery(name = "IncidentCategory.active",
        query = "select c from IncidentCategory c where c.active = true order by c.id")
@NamedQuery(name = "IncidentCategory.byId", query = "select c from IncidentCategory c where c.id = :id")
public class IncidentCategory extends TenantOwned implements Serializable {


    @Column(nullable = false, updatable = false)
    private String code;

    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected IncidentCategory() {
    }

    public IncidentCategory(String code, String name) {
        this.code = code;
        this.name = name;
    }


    public String getCode() {
        return code;
    }

    /** The tenant's own name, or null where the translated label of the code applies. */
    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
