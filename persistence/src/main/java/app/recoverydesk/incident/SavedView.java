package app.recoverydesk.incident;

import app.recoverydesk.failure.TextInput;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's incident list as they keep coming back to it ("my open cases at the terrace"): a name and the list's
 * filters and sort as its query string. Personal, like a bookmark: only its owner sees it, and it changes neither a
 * case nor the business's setup, so it is not audited.
 */
@Entity
@Table(name = "saved_view")
@NamedQuery(name = "SavedView.ofUser", query = "select v from SavedView v where v.username = :username order by v.name")
@NamedQuery(name = "SavedView.countOfUser", query = "select count(v) from SavedView v where v.username = :username")
@NamedQuery(name = "SavedView.named", query = "select v from SavedView v where v.username = :username and v.name = :name")
@NamedQuery(name = "SavedView.mine", query = "select v from SavedView v where v.id = :id and v.username = :username")
public class SavedView extends TenantOwned implements Serializable {

    public static final int MAX_NAME = 60;
    public static final int MAX_QUERY = 1000;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_QUERY)
    private String query;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SavedView() {
    }

    /** Refuses a blank or too long name ("name") and a too long query ("query"). */
    public SavedView(String username, String name, String query, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.name = TextInput.required("name", name, MAX_NAME, "savedView.name.required");
        this.query = Objects.requireNonNullElse(TextInput.optional("query", query, MAX_QUERY), "");
        this.createdAt = now;
    }

    /** Keeps the name, with the list as it is now. */
    public void replaceQuery(String query) {
        this.query = Objects.requireNonNullElse(TextInput.optional("query", query, MAX_QUERY), "");
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
