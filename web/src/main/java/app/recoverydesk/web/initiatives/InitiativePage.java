package app.recoverydesk.web.initiatives;

import app.recoverydesk.initiative.Initiative;
import app.recoverydesk.initiative.InitiativeEvent;
import app.recoverydesk.initiative.InitiativeItem;
import app.recoverydesk.initiative.InitiativeNotFoundException;
import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.initiative.Initiatives;
import app.recoverydesk.initiative.ItemKind;
import app.recoverydesk.web.i18n.Formats;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One initiative: the fix checklist, linked incidents, before/after figures, history and the next steps. */
@Named
@ViewScoped
public class InitiativePage implements Serializable {

    @Inject
    private Initiatives initiatives;

    @Inject
    private Formats formats;

    private Long id;
    private Initiative initiative;
    private List<InitiativeItem> items;
    private List<InitiativeEvent> history;
    private List<Long> incidents;
    private Initiatives.Measure measure;

    private ItemKind itemKind = ItemKind.SYSTEM_PROCESS;
    private String itemTitle;
    private LocalDate itemDue;
    private String trained;
    private LocalDateTime fixedAt;
    private LocalDate linkFrom;
    private LocalDate linkTo;
    private String reason;
    private String announcement;

    public void load() throws IOException {
        try {
            initiative = id == null ? null : initiatives.require(id);
        } catch (InitiativeNotFoundException e) {
            initiative = null;
        }
        if (initiative == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            context.responseComplete();
            return;
        }
        items = initiatives.items(id);
        history = initiatives.history(id);
        incidents = initiatives.linkedIncidents(id);
        measure = initiatives.measure(initiative).orElse(null);
    }

    private String again() {
        return "/initiatives/initiative?faces-redirect=true&id=" + id;
    }

    private String attempt(Runnable step) {
        step.run();
        return again();
    }

    public String addItem() {
        return attempt(() -> initiatives.addItem(id, itemKind, itemTitle, null, itemDue));
    }

    public String done(long itemId) {
        return attempt(() -> initiatives.completeItem(id, itemId, trained));
    }

    public String linkMatching() {
        return attempt(() -> initiatives.linkMatching(id, linkFrom.atStartOfDay(formats.zone()).toInstant(),
                linkTo.plusDays(1).atStartOfDay(formats.zone()).toInstant()));
    }

    public String moveTo(InitiativeStatus to) {
        return attempt(() -> initiatives.transition(id, to, reason,
                fixedAt == null ? null : fixedAt.atZone(formats.zone()).toInstant(), announcement));
    }

    /** A bar's width in percent of the larger of the two counts. */
    public long barWidth(long count) {
        long max = Math.max(1, Math.max(measure.before(), measure.after()));
        return count * 100 / max;
    }

    public InitiativeStatus[] getStatuses() { return InitiativeStatus.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Initiative getInitiative() { return initiative; }
    public List<InitiativeItem> getItems() { return items; }
    public List<InitiativeEvent> getHistory() { return history; }
    public List<Long> getIncidents() { return incidents; }
    public Initiatives.Measure getMeasure() { return measure; }

    @Inject
    private app.recoverydesk.web.i18n.LocaleSelector localeSelector;

    /** Which figures the gate compares: incidents per 1,000 units where both windows have volume, else raw counts. */
    public String getBasis() {
        if (measure == null) {
            return "";
        }
        app.recoverydesk.volume.Rate b = measure.beforeRate();
        app.recoverydesk.volume.Rate a = measure.afterRate();
        app.recoverydesk.failure.Message text = measure.byRate()
                ? app.recoverydesk.failure.Message.of("initiative.basis.rate", b.perThousand(2), a.perThousand(2),
                        b.daysRecorded(), b.days(), a.daysRecorded(), a.days())
                : app.recoverydesk.failure.Message.of("initiative.basis.count");
        return app.recoverydesk.web.i18n.Texts.render(text, localeSelector.getLocale(), formats.zone());
    }
    public ItemKind[] getItemKinds() { return ItemKind.values(); }
    public ItemKind getItemKind() { return itemKind; }
    public void setItemKind(ItemKind itemKind) { this.itemKind = itemKind; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public LocalDate getItemDue() { return itemDue; }
    public void setItemDue(LocalDate itemDue) { this.itemDue = itemDue; }
    public String getTrained() { return trained; }
    public void setTrained(String trained) { this.trained = trained; }
    public LocalDateTime getFixedAt() { return fixedAt; }
    public void setFixedAt(LocalDateTime fixedAt) { this.fixedAt = fixedAt; }
    public LocalDate getLinkFrom() { return linkFrom; }
    public void setLinkFrom(LocalDate linkFrom) { this.linkFrom = linkFrom; }
    public LocalDate getLinkTo() { return linkTo; }
    public void setLinkTo(LocalDate linkTo) { this.linkTo = linkTo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getAnnouncement() { return announcement; }
    public void setAnnouncement(String announcement) { this.announcement = announcement; }
}
