package app.recoverydesk.api;

import app.recoverydesk.recovery.Limit;
import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.Recovery;
import java.time.Instant;
import java.util.List;

/** A recovery as the API shows it; money as a decimal string with its ISO currency. */
public record RecoveryJson(long id, long incidentId, long optionId, long policyId, MoneyJson amount, String status,
                           List<String> exceeded, String note, String reason, String requestedBy, Instant requestedAt,
                           Instant dueAt, boolean overdue, String decidedBy, Instant decidedAt, String decisionReason,
                           MoneyJson approvedAmount, String assignee) {

    /** An amount: {"amount": "40.00", "currency": "EUR"}. */
    public record MoneyJson(String amount, String currency) {
        static MoneyJson of(Money m) {
            return m == null ? null : new MoneyJson(m.decimal().toPlainString(), m.currency().getCurrencyCode());
        }
    }

    static RecoveryJson of(Recovery r, Instant now) {
        return new RecoveryJson(r.getId(), r.getIncidentId(), r.getOptionId(), r.getPolicyId(), MoneyJson.of(r.getAmount()),
                r.getStatus().name(), r.getExceeded().stream().map(Limit::name).sorted().toList(), r.getNote(),
                r.getReason(), r.getRequestedBy(), r.getRequestedAt(), r.getDueAt(), r.isOverdue(now), r.getDecidedBy(),
                r.getDecidedAt(), r.getDecisionReason(), MoneyJson.of(r.getApprovedAmount()), r.getAssignee());
    }
}
