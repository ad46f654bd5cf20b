package app.recoverydesk.web.manage;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.recovery.Decision;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.recovery.RecoveryPolicy;
import app.recoverydesk.web.i18n.DueTexts;
import app.recoverydesk.web.i18n.LimitTexts;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The managers' queue of exception requests: the case, the limit, how far over; approve or reject. */
@Named
@ViewScoped
public class ApprovalQueue implements Serializable {

    /** One request with what the manager needs beside it. */
    public record Item(Recovery request, Incident incident, RecoveryPolicy policy, String optionName,
                       int earlierIncidentsOfCustomer, boolean overdue, List<String> why, String due,
                       DueTexts.State dueState) implements Serializable {
    }

    @Inject
    private Recoveries recoveries;

    @Inject
    private Clock clock;

    @Inject
    private Incidents incidents;

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private LocaleSelector locale;

    private List<Item> items;
    private final Map<Long, String> amounts = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        Locale language = locale.getLocale();
        var options = new HashMap<Long, RecoveryOption>();
        catalogue.entries().forEach(e -> options.put(e.option().getId(), e.option()));
        items = recoveries.queue().stream().map(r -> {
            Incident incident = incidents.require(r.getIncidentId());
            RecoveryOption option = options.get(r.getOptionId());
            RecoveryPolicy policy = recoveries.policyOf(r);
            boolean monetary = option == null ? r.getAmount() != null : option.isMonetary();
            return new Item(r, incident, policy, option == null ? "#" + r.getOptionId() : option.nameIn(language),
                    incidents.earlierIncidentsOfCustomer(incident).size(), r.isOverdue(now),
                    LimitTexts.exceeded(r, policy, monetary, incident.getLocation().getName(), language),
                    DueTexts.countdown(r.getDueAt(), now, language), DueTexts.state(r.getRequestedAt(), r.getDueAt(), now));
        }).toList();
    }

    public void approve(long recoveryId) {
        decide(recoveryId, true);
    }

    public void reject(long recoveryId) {
        decide(recoveryId, false);
    }

    private void decide(long recoveryId, boolean approve) {
        Decision decision = new Decision();
        decision.setApprove(approve);
        String amount = amounts.get(recoveryId);
        decision.setAmount(amount == null || amount.isBlank() ? null : amount.strip());
        decision.setReason(reasons.get(recoveryId));
        recoveries.decide(recoveryId, decision);
        Messages.info(approve ? "approval.approved" : "approval.rejected");
        load();
    }

    public List<Item> getItems() {
        return items;
    }

    public Map<Long, String> getAmounts() {
        return amounts;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
