package app.recoverydesk.privacy;

import app.recoverydesk.incident.Customer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Removes what a business holds about one customer, in the caller's transaction: their name and contact, every free
 * text of their cases (what happened, what they expected, the root-cause note, promises, recoveries' notes and reasons,
 * their feedback comment, and the old and new values of those texts in the timeline), the attachments of their
 * cases, the search words of those cases and the texts of the mails about them. What the reports count stays: the
 * cases with their dates, locations, categories, severities, root causes and statuses, the recoveries with their
 * amounts, the promises' due times and outcomes, the feedback scores, and the customer as an anonymous id (so repeat
 * customers still count as such).
 */
@Stateless
public class Erasure {

    /** What an erased text reads afterwards. */
    public static final String MARKER = "[erased]";

    /** Timeline fields whose values are facts of the case, never text someone typed about the customer. */
    static final List<String> FACT_FIELDS = List.of("status", "severity", "rootCause", "channel", "category",
            "occurredAt", "location", "customer");

    private static final String TEXT = "case when %1$s is null then null else :marker end";

    @PersistenceContext
    private EntityManager em;

    /** Erases {@code customer} (one of the caller's business, read by the caller) and answers how many cases it had. */
    public int erase(Customer customer, Instant now) {
        List<Long> cases = em.createQuery("select i.id from Incident i where i.customer.id = :customerId", Long.class)
                .setParameter("customerId", customer.getId()).getResultList();
        customer.erase(now);
        em.flush();
        if (!cases.isEmpty()) {
            update("update incident set what_happened = :marker, customer_expected = " + text("customer_expected")
                    + ", root_cause_note = " + text("root_cause_note") + ", version = version + 1 where id in (:ids)", cases);
            update("update incident_event set from_value = " + text("from_value") + ", to_value = " + text("to_value")
                    + " where incident_id in (:ids) and (field is null or field not in (:facts))", cases);
            em.createNativeQuery("delete from incident_word where incident_id in (:ids)").setParameter("ids", cases)
                    .executeUpdate();
            em.createNativeQuery("delete from incident_attachment where incident_id in (:ids)").setParameter("ids", cases)
                    .executeUpdate();
            update("update promise set what = :marker, broken_reason = " + text("broken_reason")
                    + ", version = version + 1 where incident_id in (:ids)", cases);
            update("update recovery set note = " + text("note") + ", reason = " + text("reason") + ", decision_reason = "
                    + text("decision_reason") + ", version = version + 1 where incident_id in (:ids)", cases);
            update("update feedback set comment = " + text("comment") + " where incident_id in (:ids)", cases);
            // mails about the cases: the customer's address and every text go; what was still waiting is not sent
            update("update outbound_mail set recipient = case when purpose in ('INVITATION', 'REMINDER') then :marker "
                    + "else recipient end, subject = case when purpose = 'EXCEPTION_REQUEST' then subject else :marker end, "
                    + "body = null, last_error = case when status = 'PENDING' then :marker else last_error end, "
                    + "status = case when status = 'PENDING' then 'FAILED' else status end where incident_id in (:ids)",
                    cases);
            // their feedback links stop working: the page then says the link was used
            em.createNativeQuery("update feedback_link set used_at = coalesce(used_at, :now) where incident_id in (:ids)")
                    .setParameter("now", now).setParameter("ids", cases).executeUpdate();
        }
        em.clear();
        return cases.size();
    }

    private void update(String sql, List<Long> cases) {
        var query = em.createNativeQuery(sql).setParameter("ids", cases);
        if (sql.contains(":marker")) {
            query.setParameter("marker", MARKER);
        }
        if (sql.contains(":facts")) {
            query.setParameter("facts", FACT_FIELDS);
        }
        query.executeUpdate();
    }

    private static String text(String column) {
        return TEXT.formatted(column);
    }
}
