package app.recoverydesk.tenancy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.ZoneId;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * A restaurant, hotel or rental desk of a tenant: where incidents happen. Kept in the second-level cache (its key
 * holds the tenant; a change invalidates it on every node), as every incident logged reads its location.
 */
@FilterDef(name = LocationScope.FILTER, parameters = @ParamDef(name = LocationScope.PARAMETER, type = Long.class))
@Filter(name = LocationScope.FILTER, condition = "id in (:" + LocationScope.PARAMETER + ")")
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "location")
@NamedQuery(name = "Location.all", query = "select l from Location l order by l.name")
@NamedQuery(name = "Location.byId", query = "select l from Location l where l.id = :id")
@NamedQuery(name = "Location.active", query = "select l from Location l where l.active = true order by l.name")
public class Location extends TenantOwned implements Serializable {


    @Column(nullable = false)
    private String name;

    private String address;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private boolean active = true;

    protected Location() {
    }

    public Location(String name, String address, ZoneId timeZone) {
        this.name = name;
        this.address = address;
        this.timeZone = timeZone.getId();
    }


    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    /** Whether new incidents may be logged here; an inactive location is kept for its history. */
    public boolean isActive() {
        return active;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void moveTo(String address) {
        this.address = address;
    }

    public void setTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    /** Takes the location out of use for new incidents (or back into use); nothing of its history changes. */
    public void setActive(boolean active) {
        this.active = active;
    }
}
