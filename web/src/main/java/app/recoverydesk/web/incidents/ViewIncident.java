package app.recoverydesk.web.incidents;

import app.recoverydesk.feedback.Invitations;
import app.recoverydesk.incident.AttachmentRejectedException;
import app.recoverydesk.incident.Attachments;
import app.recoverydesk.casefile.CasePage;
import app.recoverydesk.casefile.CaseView;
import app.recoverydesk.casefile.CaseViews;
import app.recoverydesk.lifecycle.CaseLifecycle;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.promise.NewPromise;
import app.recoverydesk.promise.Promises;
import app.recoverydesk.recovery.GrantRequest;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryStatus;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.mail.PublicLinks;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Staff;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The case page: renders one {@link CasePage}, read in one service call, and hands status changes, promises, recoveries and uploads to their
 * services. Every action redirects, so that the page after it reads the case afresh, once.
 */
@Named
@ViewScoped
public class ViewIncident implements Serializable {

    @Inject
    private CaseViews cases;

    @Inject
    private CaseLifecycle lifecycle;

    @Inject
    private Attachments attachments;

    @Inject
    private Recoveries recoveries;

    @Inject
    private Promises promises;

    @Inject
    private LocaleSelector locale;

    @Inject
    private Formats formats;

    private Long id;
    private CaseView view;
    private transient UploadedFile upload;
    private final GrantRequest grant = new GrantRequest();
    private final NewPromise promise = new NewPromise();
    private LocalDateTime promiseDue;
    private String closeReason;
    private String feedbackLink;
    private List<Invitations.CustomerMail> customerMails = List.of();

    private static final String FLASH_LINK = "feedbackLink";

    @Inject
    private CurrentCaller caller;

    private List<Staff.Colleague> owners = List.of();

    public void load() throws IOException {
        boolean canAct = caller.hasRole(Roles.FRONTLINE) || caller.hasRole(Roles.MANAGER);
        CasePage page = id == null ? null : cases.page(id, canAct).orElse(null);
        if (page == null) {
            NotFound.send();
            return;
        }
        view = page.view();
        customerMails = page.customerMails();
        Object link = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_LINK);
        feedbackLink = link instanceof String l ? l : null;
        if (canAct) {
            proposePromise(page.owners());
        }
    }

    /**
     * The promise form's defaults, so that recording one takes two taps: the caller keeps it (when they may work at
     * the case's location), due at the next full hour after an hour from now, in the tenant's time zone.
     */
    private void proposePromise(List<Staff.Colleague> atLocation) {
        // no staff list (the identity provider did not answer): the caller can still promise, as its owner
        owners = atLocation.isEmpty() ? List.of(new Staff.Colleague(caller.getUsername(), caller.getDisplayName()))
                : atLocation;
        owners.stream().filter(o -> o.username().equalsIgnoreCase(caller.getUsername())).findFirst()
                .ifPresent(me -> promise.setOwner(me.username()));
        promiseDue = LocalDateTime.now(formats.zone()).plusHours(1).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    }

    /** Who can be given a promise: the tenant's active staff who work at the case's location. */
    public List<Staff.Colleague> getOwners() {
        return owners;
    }

    /** The customer's feedback link, right after the case was resolved (it is shown once: only its hash is kept). */
    public String getFeedbackLink() {
        return feedbackLink;
    }

    /** The link as a QR code (inline SVG), for the customer to scan from a phone or a print-out. */
    public String getFeedbackQr() {
        return feedbackLink == null ? null : QrSvg.of(feedbackLink, Messages.text("feedback.link"));
    }

    /** The mails to the customer (invitation, reminder) and how each fared. */
    public List<Invitations.CustomerMail> getCustomerMails() {
        return customerMails;
    }

    /** Polled by the page: the requester sees a manager's decision without reloading. */
    public void refreshRecoveries() {
        view = view.withRecoveries(recoveries.ofIncident(id));
    }

    public String makePromise() {
        promise.setDueAt(promiseDue == null ? null : promiseDue.atZone(formats.zone()).toInstant());
        if (promise.getDueAt() == null || promise.getWhat() == null || promise.getWhat().isBlank()) {
            Messages.error("promise:what", "general.required");
            return null;
        }
        promises.make(id, promise);
        Messages.info("promise.made");
        return reload();
    }

    public String keepPromise(long promiseId) {
        promises.keep(promiseId);
        return reload();
    }

    public String grantRecovery() {
        Recovery r = recoveries.grant(id, grant);
        Messages.info(r.getStatus() == RecoveryStatus.GRANTED ? "recovery.granted" : "recovery.requested");
        return reload();
    }

    public String moveTo(IncidentStatus target) {
        CaseLifecycle.Moved moved = lifecycle.move(id, target, closeReason);
        Messages.info("incident.status.changed");
        moved.feedbackToken().ifPresent(token -> FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .put(FLASH_LINK, feedbackLink(token)));
        return reload();
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
        return reload();
    }

    /** The page again by a GET: the case is read once more, with the change. */
    private String reload() {
        return "/incidents/view?faces-redirect=true&id=" + id;
    }

    private static String feedbackLink(String token) {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        return request.getRequestScheme() + "://" + request.getRequestServerName() + ":"
                + request.getRequestServerPort() + PublicLinks.feedbackPath(token);
    }

    public String optionName(long optionId) {
        return view.optionName(optionId, locale.getLocale());
    }

    public CaseView getCase() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GrantRequest getGrant() {
        return grant;
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

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
