package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Attachment;
import app.recoverydesk.initiative.Initiative;
import app.recoverydesk.initiative.Initiatives;
import app.recoverydesk.incident.AttachmentRejectedException;
import app.recoverydesk.incident.Attachments;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.feedback.Feedbacks;
import app.recoverydesk.promise.NewPromise;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.promise.Promises;
import app.recoverydesk.recovery.GrantRequest;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.recovery.RecoveryStatus;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** One incident: its facts, customer history, timeline and attachments; status changes and uploads. */
@Named
@ViewScoped
public class ViewIncident implements Serializable {

    @Inject
    private IncidentService incidents;

    @Inject
    private Attachments attachments;

    @Inject
    private Recoveries recoveries;

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private LocaleSelector locale;

    @Inject
    private Promises promises;

    @Inject
    private Feedbacks feedbacks;

    @Inject
    private Initiatives initiatives;

    @Inject
    private Formats formats;

    private Long id;
    private Incident incident;
    private List<IncidentEvent> timeline;
    private List<Incident> earlier;
    private List<Attachment.Info> files;
    private transient UploadedFile upload;
    private List<Recovery> granted;
    private List<RecoveryCatalogue.Entry> options;
    private final GrantRequest grant = new GrantRequest();
    private List<Promise> promiseList;
    private final NewPromise promise = new NewPromise();
    private LocalDateTime promiseDue;
    private String closeReason;
    private List<Feedback> answers;
    private List<Initiative> addressedBy;

    public void load() throws IOException {
        incident = id == null ? null : incidents.find(id).orElse(null);
        if (incident == null) {
            NotFound.send();
            return;
        }
        timeline = incidents.timeline(id);
        earlier = incidents.earlierIncidentsOfCustomer(incident);
        files = attachments.of(id);
        granted = recoveries.ofIncident(id);
        options = catalogue.entries();
        promiseList = promises.ofIncident(id);
        answers = feedbacks.ofIncident(id);
        addressedBy = initiatives.addressing(id);
    }

    /** The improvement initiatives that address this case. */
    public List<Initiative> getAddressedBy() {
        return addressedBy;
    }

    public List<Feedback> getAnswers() {
        return answers;
    }

    public String makePromise() {
        promise.setDueAt(promiseDue == null ? null : promiseDue.atZone(formats.zone()).toInstant());
        if (promise.getDueAt() == null || promise.getWhat() == null || promise.getWhat().isBlank()) {
            Messages.error("promise:what", "general.required");
            return null;
        }
        promises.make(id, promise);
        Messages.info("promise.made");
        return "/incidents/view?faces-redirect=true&id=" + id;
    }

    public String keepPromise(long promiseId) {
        promises.keep(promiseId);
        return "/incidents/view?faces-redirect=true&id=" + id;
    }

    public List<Promise> getPromises() {
        return promiseList;
    }

    public NewPromise getPromise() {
        return promise;
    }

    public LocalDateTime getPromiseDue() {
        return promiseDue;
    }

    public void setPromiseDue(LocalDateTime promiseDue) {
        this.promiseDue = promiseDue;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    /** Polled by the page: the requester sees a manager's decision without reloading. */
    public void refreshRecoveries() {
        granted = recoveries.ofIncident(id);
    }

    public String grantRecovery() {
        Recovery r = recoveries.grant(id, grant);
        Messages.info(r.getStatus() == RecoveryStatus.GRANTED ? "recovery.granted" : "recovery.requested");
        return "/incidents/view?faces-redirect=true&id=" + id;
    }

    public String optionName(long optionId) {
        return options.stream().filter(e -> e.option().getId() == optionId).findFirst()
                .map(e -> e.option().nameIn(locale.getLocale())).orElse("#" + optionId);
    }

    public List<Recovery> getRecoveries() {
        return granted;
    }

    public List<RecoveryCatalogue.Entry> getOptions() {
        return options;
    }

    public GrantRequest getGrant() {
        return grant;
    }

    public String moveTo(IncidentStatus target) {
        IncidentService.Moved moved = incidents.move(id, target, closeReason);
        Messages.info("incident.status.changed");
        moved.feedbackToken().ifPresent(token -> Messages.infoText(Messages.text("feedback.link") + " "
                + FacesContext.getCurrentInstance().getExternalContext().getRequestScheme() + "://"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestServerName() + ":"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestServerPort()
                + "/feedback/answer.xhtml?t=" + token));
        return "/incidents/view?faces-redirect=true&id=" + id;
    }

    public String attach() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("attach:file", "attachment.missing");
            return null;
        }
        if (upload.getSize() > Attachments.MAX_BYTES) {
            Messages.error("attach:file", "attachment.tooLarge");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            attachments.attach(id, upload.getFileName(), in.readNBytes(Attachments.MAX_BYTES + 1));
        } catch (AttachmentRejectedException e) {
            Messages.error("attach:file", e.reason() == AttachmentRejectedException.Reason.TOO_LARGE
                    ? "attachment.tooLarge" : "attachment.unsupported");
            return null;
        }
        Messages.info("attachment.added");
        return "/incidents/view?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Incident getIncident() {
        return incident;
    }

    public List<IncidentEvent> getTimeline() {
        return timeline;
    }

    public List<Incident> getEarlierIncidents() {
        return earlier;
    }

    public List<Attachment.Info> getAttachments() {
        return files;
    }

    public List<IncidentStatus> getNextStatuses() {
        return List.copyOf(incident.getStatus().next());
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
