package app.recoverydesk.privacy;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the retention job for one business: when, with which retention, how many customers it anonymised. */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = "RetentionRun.latest", query = "select r from RetentionRun r where r.finishedAt is not null "
        + "order by r.startedAt desc, r.id desc")
public class RetentionRun extends TenantOwned {

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "retention_months", nullable = false, updatable = false)
    private int retentionMonths;

    @Column(name = "customers_anonymised", nullable = false)
    private int customersAnonymised;

    protected RetentionRun() {
    }

    public RetentionRun(Instant startedAt, int retentionMonths) {
        this.startedAt = startedAt;
        this.retentionMonths = retentionMonths;
    }

    public void finish(Instant at, int anonymised) {
        this.finishedAt = at;
        this.customersAnonymised = anonymised;
    }

    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getRetentionMonths() { return retentionMonths; }
    public int getCustomersAnonymised() { return customersAnonymised; }
}
