package app.recoverydesk.initiative;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One piece of fix work: a system/process change, a policy change, or training (with who was trained). */
@Entity
@Table(name = "initiative_item")
@NamedQuery(name = "InitiativeItem.of", query = "select i from InitiativeItem i where i.initiativeId = :initiativeId order by i.id")
public class InitiativeItem extends TenantOwned {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    private String trained;

    protected InitiativeItem() {
    }

    public InitiativeItem(long initiativeId, ItemKind kind, String title, String owner, LocalDate dueDate) {
        this.initiativeId = initiativeId;
        this.kind = kind;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    /** Done; a training is done only with the names of who was trained. */
    public void complete(String trained) {
        if (kind == ItemKind.TRAINING && (trained == null || trained.isBlank())) {
            throw new GateException(java.util.List.of("who was trained"));
        }
        this.trained = trained == null || trained.isBlank() ? null : trained.strip();
        this.done = true;
    }

    public Long getInitiativeId() { return initiativeId; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isDone() { return done; }
    public String getTrained() { return trained; }
}
