package app.recoverydesk.initiative;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.TextInput;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One piece of fix work: a system/process change, a policy change, or training (with who was trained). */
@Entity
@Table(name = "initiative_item")
@NamedQuery(name = "InitiativeItem.of", query = "select i from InitiativeItem i where i.initiativeId = :initiativeId order by i.id")
public class InitiativeItem extends TenantOwned implements Serializable {

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

    /** When the item was recorded as done, by the server's clock: the fix cannot have taken effect before. */
    @Column(name = "completed_at")
    private Instant completedAt;

    protected InitiativeItem() {
    }

    /** A fix item needs a kind, a title and a due date; without an owner it is the one who adds it. */
    public InitiativeItem(long initiativeId, ItemKind kind, String title, String owner, LocalDate dueDate, String addedBy) {
        InvalidInputException.Collector missing = new InvalidInputException.Collector();
        if (kind == null) {
            missing.add("kind", "initiative.item.incomplete");
        }
        if (title == null || title.isBlank()) {
            missing.add("title", "initiative.item.incomplete");
        }
        if (dueDate == null) {
            missing.add("dueDate", "initiative.item.incomplete");
        }
        missing.throwIfAny();
        this.initiativeId = initiativeId;
        this.kind = kind;
        this.title = TextInput.required("title", title, 300, "initiative.item.incomplete");
        String named = TextInput.optional("owner", owner, 255);
        this.owner = named == null ? addedBy : named;
        this.dueDate = dueDate;
    }

    /** Done; a training is done only with the names of who was trained. */
    public void complete(String trained, Instant now) {
        String who = TextInput.optional("trained", trained, 1000);
        if (kind == ItemKind.TRAINING && who == null) {
            throw new InvalidInputException("trained", "initiative.item.trained");
        }
        this.trained = who;
        if (!done) {
            this.completedAt = now;
        }
        this.done = true;
    }

    public Long getInitiativeId() { return initiativeId; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isDone() { return done; }
    public String getTrained() { return trained; }
    public Instant getCompletedAt() { return completedAt; }
}
