package app.recoverydesk.feedback;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The customer's answer after a recovery: solved or not, satisfaction 1–5, likelihood to recommend 0–10. */
@Entity
@jakarta.persistence.EntityListeners(FeedbackCounting.class)
@Table(name = "feedback")
@NamedQuery(name = "Feedback.ofIncident", query = "select f from Feedback f where f.incidentId = :incidentId order by f.createdAt")
public class Feedback extends TenantOwned implements Serializable {

    /** The width of the comment column (V6). */
    public static final int MAX_COMMENT = 2000;


    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(nullable = false, updatable = false)
    private boolean solved;

    @Column(nullable = false, updatable = false)
    private int satisfaction;

    @Column(nullable = false, updatable = false)
    private int recommend;

    @Column(updatable = false)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    public Feedback(long incidentId, boolean solved, int satisfaction, int recommend, String comment, Instant now) {
        if (satisfaction < 1 || satisfaction > 5 || recommend < 0 || recommend > 10) {
            throw new IllegalArgumentException("satisfaction 1–5, recommend 0–10");
        }
        this.incidentId = incidentId;
        this.solved = solved;
        this.satisfaction = satisfaction;
        this.recommend = recommend;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.createdAt = now;
    }

    /** The answer as the report's daily rollup counts it. */
    app.recoverydesk.rollup.FeedbackDays.Answer answer() {
        return new app.recoverydesk.rollup.FeedbackDays.Answer(getTenantId(), createdAt, solved, satisfaction, recommend);
    }

    /** Not solved, or unhappy (1 or 2 of 5): the case is reopened and the managers alerted. */
    public boolean isDissatisfied() {
        return !solved || satisfaction <= 2;
    }

    public Long getIncidentId() { return incidentId; }
    public boolean isSolved() { return solved; }
    public int getSatisfaction() { return satisfaction; }
    public int getRecommend() { return recommend; }
    public String getComment() { return comment; }
    public Instant getCreatedAt() { return createdAt; }
}
