package app.recoverydesk.feedback;

import app.recoverydesk.rollup.InFlush;
import app.recoverydesk.rollup.FeedbackDays;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PreRemove;

/**
 * Counts every customer's answer in the report's daily feedback rollup ({@link FeedbackDays}) as it is written.
 * Answers never change; their case moving to another location is the incident's counting's to follow.
 */
public class FeedbackCounting {

    @PersistenceContext
    private EntityManager em;

    @PostPersist
    void given(Feedback feedback) {
        InFlush.write(em, c -> FeedbackDays.given(c, feedback.answer(), feedback.getIncidentId(), 1));
    }

    @PreRemove
    void removed(Feedback feedback) {
        InFlush.write(em, c -> FeedbackDays.given(c, feedback.answer(), feedback.getIncidentId(), -1));
    }
}
