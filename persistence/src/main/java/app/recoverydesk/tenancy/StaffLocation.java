package app.recoverydesk.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A staff member assigned to a location (by username, as the token names them). */
@Entity
@Table(name = "staff_location")
@NamedQuery(name = "StaffLocation.ofUser", query = "select s.locationId from StaffLocation s where s.username = :username")
@NamedQuery(name = "StaffLocation.all", query = "select s from StaffLocation s")
@NamedQuery(name = "StaffLocation.deleteOfUser", query = "delete from StaffLocation s where s.username = :username")
public class StaffLocation extends TenantOwned {


    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "location_id", nullable = false, updatable = false)
    private Long locationId;

    protected StaffLocation() {
    }

    public StaffLocation(String username, Long locationId) {
        this.username = username;
        this.locationId = locationId;
    }

    public String getUsername() {
        return username;
    }

    public Long getLocationId() {
        return locationId;
    }
}
