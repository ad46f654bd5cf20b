package app.recoverydesk.promise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** A promise as staff record it: what, who keeps it (empty: the location's queue) and by when. */
public class NewPromise implements Serializable {

    @NotBlank
    @Size(max = 500)
    private String what;

    @Size(max = 255)
    private String owner;

    @NotNull
    private Instant dueAt;

    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
}
