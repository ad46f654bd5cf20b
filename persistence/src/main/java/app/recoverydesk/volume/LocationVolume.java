package app.recoverydesk.volume;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How many units (covers, room nights, rentals — the business's kind says which) one location served on one of its
 * days. One per location and day: recording the day again replaces the figure.
 */
@Entity
@Table(name = "location_volume")
@NamedQuery(name = "LocationVolume.range", query = "select v from LocationVolume v where v.locationId = :locationId"
        + " and v.day >= :from and v.day <= :to order by v.day")
@NamedQuery(name = "LocationVolume.days", query = "select v from LocationVolume v where v.locationId = :locationId"
        + " and v.day in :days")
@NamedQuery(name = "LocationVolume.ofLocations", query = "select v.locationId, v.day, v.units from LocationVolume v"
        + " where v.locationId in :locations and v.day >= :from and v.day <= :to")
@NamedQuery(name = "LocationVolume.all", query = "select v.locationId, v.day, v.units from LocationVolume v"
        + " where v.day >= :from and v.day <= :to")
public class LocationVolume extends TenantOwned implements Serializable {

    /** The most a day may hold: nine digits, as every other count people type in. */
    public static final long MAX_UNITS = 999_999_999L;

    @Column(name = "location_id", nullable = false, updatable = false)
    private Long locationId;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false)
    private long units;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LocationVolume() {
    }

    public LocationVolume(long locationId, LocalDate day, long units, String recordedBy, Instant recordedAt) {
        this.locationId = locationId;
        this.day = day;
        record(units, recordedBy, recordedAt);
    }

    /** Replaces the day's figure; answers the one it had. */
    public long record(long units, String recordedBy, Instant recordedAt) {
        if (units < 0 || units > MAX_UNITS) {
            throw new IllegalArgumentException("units out of range");
        }
        long before = this.units;
        this.units = units;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        return before;
    }

    public Long getLocationId() {
        return locationId;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getUnits() {
        return units;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
