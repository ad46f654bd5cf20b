package app.recoverydesk.web.manage;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.recovery.AssigneeFilter;
import app.recoverydesk.recovery.Decision;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.recovery.RecoveryPolicy;
import app.recoverydesk.tenancy.IdentityProviderException;
import app.recoverydesk.tenancy.Staff;
import app.recoverydesk.web.i18n.DueTexts;
import app.recoverydesk.web.i18n.LimitTexts;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
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

/**
 * The managers' queue of exception requests: the case, the limit, how far over, who takes it; approve or reject.
 * Shows all requests, those assigned to the caller ({@code ?assigned=me}) or those nobody took ({@code ?assigned=nobody}).
 */
@Named
@ViewScoped
public class ApprovalQueue implements Serializable {

    /** One request with what the manager needs beside it. */
    public record Item(Recovery request, Incident incident, RecoveryPolicy policy, String optionName,
                       int earlierIncidentsOfCustomer, boolean overdue, List<String> why, String due,
                       DueTexts.State dueState, List<Staff.Colleague> assignees, String assigneeName, boolean mine,
                       boolean canTake) implements Serializable {
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

    @Inject
    private Staff staff;

    @Inject
    private CurrentCaller caller;

    private AssigneeFilter filter = AssigneeFilter.ALL;
    private final Map<Long, String> assignees = new HashMap<>();

    private List<Item> items;
    private final Map<Long, String> amounts = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        filter = AssigneeFilter.named(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("assigned"));
        load();
    }

    void load() {
        Instant now = clock.instant();
        String me = caller.getUsername();
        Map<Long, List<Staff.Colleague>> deciders = new HashMap<>();
        Locale language = locale.getLocale();
        var options = new HashMap<Long, RecoveryOption>();
        catalogue.entries().forEach(e -> options.put(e.option().getId(), e.option()));
        assignees.clear();
        items = recoveries.queue(filter).stream().map(r -> {
            Incident incident = incidents.require(r.getIncidentId());
            RecoveryOption option = options.get(r.getOptionId());
            RecoveryPolicy policy = recoveries.policyOf(r);
            boolean monetary = option == null ? r.getAmount() != null : option.isMonetary();
            List<Staff.Colleague> choices = deciders.computeIfAbsent(r.getLocationId(), this::decidersAt).stream()
                    .filter(c -> !c.username().equalsIgnoreCase(r.getRequestedBy())).toList();
            assignees.put(r.getId(), r.getAssignee() == null ? "" : r.getAssignee());
            boolean mine = r.getAssignee() != null && r.getAssignee().equalsIgnoreCase(me);
            return new Item(r, incident, policy, option == null ? "#" + r.getOptionId() : option.nameIn(language),
                    incidents.earlierIncidentsOfCustomer(incident).size(), r.isOverdue(now),
                    LimitTexts.exceeded(r, policy, monetary, incident.getLocation().getName(), language),
                    DueTexts.countdown(r.getDueAt(), now, language), DueTexts.state(r.getRequestedAt(), r.getDueAt(), now),
                    choices, nameOf(r.getAssignee(), choices), mine,
                    !mine && choices.stream().anyMatch(c -> c.username().equalsIgnoreCase(me)));
        }).toList();
    }

    /** The picker's people; without the identity provider nobody can be offered, and the queue still decides. */
    private List<Staff.Colleague> decidersAt(long locationId) {
        try {
            return staff.decidersAt(locationId);
        } catch (IdentityProviderException e) {
            return List.of();
        }
    }

    /** "Name (username)", or the username alone for someone no longer offered (deactivated, moved). */
    private static String nameOf(String username, List<Staff.Colleague> choices) {
        if (username == null) {
            return null;
        }
        return choices.stream().filter(c -> c.username().equalsIgnoreCase(username)).findFirst()
                .map(c -> c.displayName() + " (" + c.username() + ")").orElse(username);
    }

    public void assign(long recoveryId) {
        recoveries.assign(recoveryId, assignees.get(recoveryId));
        Messages.info("approval.assignee.saved");
        load();
    }

    public void assignToMe(long recoveryId) {
        recoveries.assign(recoveryId, caller.getUsername());
        Messages.info("approval.assignee.saved");
        load();
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

    public Map<Long, String> getAssignees() {
        return assignees;
    }

    /** The filter as its link names it: all, me or nobody. */
    public String getFilter() {
        return filter.linkName();
    }

    /** The server's clock, for the badges' countdown to correct the browser's. */
    public long getNow() {
        return clock.millis();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
