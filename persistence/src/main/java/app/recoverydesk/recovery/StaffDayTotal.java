package app.recoverydesk.recovery;

import app.recoverydesk.money.Money;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What one staff member granted of one option on one day without approval. Locked for the length of a grant
 * so that two grants at the same instant cannot together pass the daily limit.
 */
@Entity
@Table(name = "staff_day_total")
@NamedQuery(name = "StaffDayTotal.of", query = "select t from StaffDayTotal t where t.username = :username "
        + "and t.day = :day and t.optionId = :optionId")
public class StaffDayTotal extends TenantOwned {

    /**
     * Makes sure the row exists and locks it exclusively at once (the tenant is named: this statement is not
     * filtered). "On duplicate key update" takes an exclusive lock where "insert ignore" would take a shared one,
     * and shared locks upgraded by concurrent grants deadlock.
     */
    public static final String ENSURE_SQL = "insert into staff_day_total "
            + "(tenant_id, username, day, option_id, granted_minor, granted_count) values (?, ?, ?, ?, 0, 0) "
            + "on duplicate key update granted_count = granted_count";


    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "option_id", nullable = false, updatable = false)
    private Long optionId;

    @Column(name = "granted_minor", nullable = false)
    private long grantedMinor;

    @Column(name = "granted_count", nullable = false)
    private int grantedCount;

    protected StaffDayTotal() {
    }

    /** Minor units for a monetary option, else the number of grants. */
    public long granted(boolean monetary) {
        return monetary ? grantedMinor : grantedCount;
    }

    public void add(Money amount) {
        grantedCount++;
        if (amount != null) {
            grantedMinor += amount.minorUnits();
        }
    }
}
