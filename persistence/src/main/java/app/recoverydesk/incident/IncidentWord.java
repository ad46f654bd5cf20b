package app.recoverydesk.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * One word of an incident's texts, in the tenant's own search index. Full-text search looks words up here,
 * starting from the tenant: a search reads only the caller's tenant, however many incidents others have.
 * Written with the incident ({@link Incident#searchWords()}), never edited: a revision replaces them all.
 */
@Entity
@Table(name = "incident_word")
@NamedQuery(name = "IncidentWord.deleteOfIncident",
        query = "delete from IncidentWord w where w.key.incidentId = :incidentId")
public class IncidentWord {

    @EmbeddedId
    private Key key;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    protected IncidentWord() {
    }

    IncidentWord(String word, Long incidentId) {
        this.key = new Key(word, Objects.requireNonNull(incidentId, "incidentId"));
    }

    public String getWord() {
        return key.word;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(nullable = false, updatable = false, length = SearchWords.MAX_LENGTH)
        private String word;

        @Column(name = "incident_id", nullable = false, updatable = false)
        private Long incidentId;

        protected Key() {
        }

        Key(String word, Long incidentId) {
            this.word = word;
            this.incidentId = incidentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && word.equals(k.word) && incidentId.equals(k.incidentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, incidentId);
        }
    }
}
