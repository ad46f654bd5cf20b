package app.recoverydesk.web.feedback;

import app.recoverydesk.feedback.FeedbackGate;
import app.recoverydesk.feedback.FeedbackTries;
import app.recoverydesk.feedback.Feedbacks;
import app.recoverydesk.lifecycle.CaseLifecycle;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The customer's feedback page, without sign-in. Each request takes its tenant from the token (through
 * {@link FeedbackGate}) and shows nothing but the business's name and the day; any bad token gets the same
 * friendly page. Tries are counted (see {@link FeedbackTries}): an address that keeps failing, or a link tried too
 * often, gets the 429 page instead.
 */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {

    @Inject
    private FeedbackGate gate;

    @Inject
    private Feedbacks feedbacks;

    @Inject
    private CaseLifecycle lifecycle;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private FeedbackTries tries;

    private String token;
    private Feedbacks.Invitation invitation;
    private boolean answered;
    private Boolean solved;
    private Integer satisfaction;
    private Integer recommend;
    private String comment;
    private String language;

    public void open() {
        tries.admit(address(), token);
        boolean known = enter();
        invitation = known ? feedbacks.open(token).orElse(null) : null;
        language = known ? feedbacks.languageOf(token).orElse(null) : null;
        if (invitation == null) {
            tries.failed(address());
        }
        PublicLocale.remember(getLocale());
    }

    public void send() {
        PublicLocale.remember(getLocale());
        if (solved == null || satisfaction == null || recommend == null) {
            return;
        }
        tries.admit(address(), token);
        answered = enter() && lifecycle.answerFeedback(token, solved, satisfaction, recommend, comment);
        if (!answered) {
            invitation = null;
            tries.failed(address());
        }
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    private boolean enter() {
        Optional<Long> tenant = gate.tenantOf(token);
        tenant.ifPresent(id -> tenantContext.enter(id, "customer", Set.of()));
        return tenant.isPresent();
    }

    /**
     * The page's language: the business's, as its link says — also once the link is used or expired; for a token
     * that names no business, the customer's browser's (see {@link PublicLocale}).
     */
    public Locale getLocale() {
        return language != null ? Locale.forLanguageTag(language) : PublicLocale.current();
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Feedbacks.Invitation getInvitation() { return invitation; }
    public boolean isAnswered() { return answered; }
    public Boolean getSolved() { return solved; }
    public void setSolved(Boolean solved) { this.solved = solved; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public Integer getRecommend() { return recommend; }
    public void setRecommend(Integer recommend) { this.recommend = recommend; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
