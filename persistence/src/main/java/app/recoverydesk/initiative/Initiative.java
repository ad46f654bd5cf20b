package app.recoverydesk.initiative;

import app.recoverydesk.i18n.Translations;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.tenancy.IdList;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import app.recoverydesk.failure.Message;
import app.recoverydesk.failure.TextInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An improvement against a root cause: fix first, then announce. The order is kept here: verifying needs every
 * fix item done, verified needs the incident rate to have dropped by the target over equal windows before and
 * after the fix, announced needs verified and a text — or an executive's written override.
 */
@Entity
@Table(name = "initiative")
@NamedQuery(name = "Initiative.all", query = "select i from Initiative i order by i.createdAt desc")
@NamedQuery(name = "Initiative.byId", query = "select i from Initiative i where i.id = :id")
public class Initiative extends TenantOwned implements Serializable {

    /** The width of the announcement column (V8). */
    public static final int MAX_ANNOUNCEMENT = 4000;


    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String problem;

    @Column(nullable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause")
    private RootCause rootCause;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "location_ids")
    private String locationIds;

    @Column(name = "expected_effect")
    private String expectedEffect;

    @Column(name = "target_drop_percent", nullable = false)
    private int targetDropPercent;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status;

    @Column(name = "fixed_at")
    private Instant fixedAt;

    @Column(name = "baseline_count")
    private Integer baselineCount;

    @Column(name = "after_count")
    private Integer afterCount;

    /** Incidents per 1,000 units in each window, where volume was recorded for both; else null (counts decided). */
    @Column(name = "baseline_rate", precision = 19, scale = 4)
    private java.math.BigDecimal baselineRate;

    @Column(name = "after_rate", precision = 19, scale = 4)
    private java.math.BigDecimal afterRate;

    private String announcement;

    /** Translations of the announcement as a JSON object {"nb": "...", "pl": "..."}. */
    @Column(name = "announcement_translations")
    private String announcementTranslations;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "abandoned_reason")
    private String abandonedReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Initiative() {
    }

    public Initiative(String title, String problem, String owner, RootCause rootCause, Long categoryId,
                      Set<Long> locationIds, String expectedEffect, int targetDropPercent, int windowDays,
                      String createdBy, Instant now) {
        this.title = title;
        this.problem = problem;
        this.owner = owner;
        this.rootCause = rootCause;
        this.categoryId = categoryId;
        this.locationIds = IdList.join(locationIds);
        this.expectedEffect = expectedEffect;
        this.targetDropPercent = targetDropPercent;
        this.windowDays = windowDays;
        this.status = InitiativeStatus.PROPOSED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public InitiativeEvent created() {
        return new InitiativeEvent(getId(), createdAt, createdBy, null, status, null, false);
    }

    public InitiativeEvent startFixing(String actor, Instant now) {
        require(status == InitiativeStatus.PROPOSED, InitiativeStatus.PROPOSED);
        return move(InitiativeStatus.FIXING, actor, now, null);
    }

    /**
     * Verification starts when every fix item is done. {@code fixedAt} is when the fix took effect: by default
     * when its last item was recorded as done, and never before that, so that the window "after the fix" can
     * only hold what happened after the fix work really was done.
     */
    public InitiativeEvent startVerifying(List<InitiativeItem> items, Instant fixedAt, String actor, Instant now) {
        List<Message> missing = new ArrayList<>();
        if (status != InitiativeStatus.FIXING) {
            missing.add(Message.of("gate.status", InitiativeStatus.FIXING, status));
        }
        if (items.isEmpty()) {
            missing.add(Message.of("gate.items"));
        }
        items.stream().filter(i -> !i.isDone()).forEach(i -> missing.add(Message.of("gate.itemDone", i.getTitle())));
        Instant lastDone = items.stream().map(InitiativeItem::getCompletedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(now);
        Instant effective = fixedAt == null ? lastDone : fixedAt;
        if (effective.isAfter(now)) {
            missing.add(Message.of("gate.fixedAt.future"));
        } else if (effective.isBefore(lastDone)) {
            missing.add(Message.of("gate.fixedAt.beforeWork", lastDone));
        }
        if (!missing.isEmpty()) {
            throw new GateException(missing);
        }
        this.fixedAt = effective;
        return move(InitiativeStatus.VERIFYING, actor, now, null);
    }

    /** The window before the fix and the window after it, of equal length. */
    public Instant baselineFrom() {
        return fixedAt.minus(Duration.ofDays(windowDays));
    }

    public Instant afterUntil() {
        return fixedAt.plus(Duration.ofDays(windowDays));
    }

    /** Verification can be asked for once the initiative is verifying and the window after the fix is over. */
    public void requireMeasurable(Instant now) {
        if (status != InitiativeStatus.VERIFYING) {
            throw new GateException(List.of(Message.of("gate.status", InitiativeStatus.VERIFYING, status)));
        }
        if (now.isBefore(afterUntil())) {
            throw new GateException(List.of(Message.of("gate.window", afterUntil())));
        }
    }

    /**
     * Records the incident counts of both windows; verified when the rate dropped by at least the target,
     * otherwise the initiative stays verifying (the owner may send it back to fixing).
     */
    public InitiativeEvent verify(int baseline, int after, String actor, Instant now) {
        return verify(baseline, after, null, null, actor, now);
    }

    /**
     * As {@link #verify(int, int, String, Instant)}, judged by the incidents per 1,000 units of both windows where
     * both are given (volume recorded for both windows), by the raw counts otherwise; the refusal says which.
     */
    public InitiativeEvent verify(int baseline, int after, java.math.BigDecimal baselineRate, java.math.BigDecimal afterRate,
                                  String actor, Instant now) {
        requireMeasurable(now);
        this.baselineCount = baseline;
        this.afterCount = after;
        boolean byRate = baselineRate != null && afterRate != null;
        this.baselineRate = byRate ? baselineRate : null;
        this.afterRate = byRate ? afterRate : null;
        if (dropPercent() < targetDropPercent) {
            throw new GateException(List.of(byRate
                    ? Message.of("gate.drop.rate", targetDropPercent, dropPercent(), baselineRate, afterRate)
                    : Message.of("gate.drop", targetDropPercent, dropPercent())));
        }
        return move(InitiativeStatus.VERIFIED, actor, now, null);
    }

    /**
     * The measured drop in whole percent: of the incidents per 1,000 units where the verification had them for both
     * windows, else of the raw counts (0 without incidents before the fix).
     */
    public int dropPercent() {
        if (isMeasuredByRate()) {
            return app.recoverydesk.volume.Rate.dropPercent(baselineRate, afterRate);
        }
        if (baselineCount == null || afterCount == null || baselineCount == 0) {
            return 0;
        }
        return (int) ((long) (baselineCount - afterCount) * 100 / baselineCount);
    }

    /** Whether the verification compared incidents per 1,000 units rather than raw counts. */
    public boolean isMeasuredByRate() {
        return baselineRate != null && afterRate != null;
    }

    public java.math.BigDecimal getBaselineRate() { return baselineRate; }
    public java.math.BigDecimal getAfterRate() { return afterRate; }

    public InitiativeEvent backToFixing(String reason, String actor, Instant now) {
        require(status == InitiativeStatus.VERIFYING, InitiativeStatus.VERIFYING);
        return move(InitiativeStatus.FIXING, actor, now, TextInput.optional("reason", reason, 1000));
    }

    /** Announced: only once verified and with a text. */
    public InitiativeEvent announce(String text, String actor, Instant now) {
        List<Message> missing = new ArrayList<>();
        if (status != InitiativeStatus.VERIFIED) {
            missing.add(Message.of("gate.verification", status));
        }
        if (text == null || text.isBlank()) {
            missing.add(Message.of("gate.announcementText"));
        }
        if (!missing.isEmpty()) {
            throw new GateException(missing);
        }
        this.announcement = TextInput.required("announcement", text, MAX_ANNOUNCEMENT, "initiative.announcement.required");
        return move(InitiativeStatus.ANNOUNCED, actor, now, null);
    }

    /**
     * An executive's override of the gate: needs a written reason and a text, which are input the executive can
     * give (400); the compliance report lists the override.
     */
    public InitiativeEvent overrideAndAnnounce(String text, String reason, String executive, Instant now) {
        requireOpen();
        String why = TextInput.required("reason", reason, 1000, "initiative.override.reason");
        String announced = TextInput.required("announcement", text, MAX_ANNOUNCEMENT, "initiative.announcement.required");
        this.overrideReason = why;
        this.announcement = announced;
        return move(InitiativeStatus.ANNOUNCED, executive, now, overrideReason, true);
    }

    public InitiativeEvent abandon(String reason, String actor, Instant now) {
        requireOpen();
        this.abandonedReason = TextInput.required("reason", reason, 1000, "initiative.abandon.reason");
        return move(InitiativeStatus.ABANDONED, actor, now, abandonedReason);
    }

    private void requireOpen() {
        if (status == InitiativeStatus.ANNOUNCED || status == InitiativeStatus.ABANDONED) {
            throw new GateException(List.of(Message.of("gate.open", status)));
        }
    }

    private void require(boolean condition, InitiativeStatus needed) {
        if (!condition) {
            throw new GateException(List.of(Message.of("gate.status", needed, status)));
        }
    }

    private InitiativeEvent move(InitiativeStatus target, String actor, Instant now, String reason) {
        return move(target, actor, now, reason, false);
    }

    private InitiativeEvent move(InitiativeStatus target, String actor, Instant now, String reason, boolean gateOverride) {
        InitiativeEvent event = new InitiativeEvent(getId(), now, actor, status, target, reason, gateOverride);
        status = target;
        return event;
    }

    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getOwner() { return owner; }
    public RootCause getRootCause() { return rootCause; }
    public Long getCategoryId() { return categoryId; }
    public Set<Long> getLocationIds() {
        return IdList.split(locationIds);
    }
    public String getExpectedEffect() { return expectedEffect; }
    public int getTargetDropPercent() { return targetDropPercent; }
    public int getWindowDays() { return windowDays; }
    public InitiativeStatus getStatus() { return status; }
    public Instant getFixedAt() { return fixedAt; }
    public Integer getBaselineCount() { return baselineCount; }
    public Integer getAfterCount() { return afterCount; }
    public String getAnnouncement() { return announcement; }

    /** The announcement in a language where it was translated, else as written. */
    public String announcementIn(Locale locale) {
        return Translations.in(announcementTranslations, locale, announcement);
    }

    public Map<String, String> getAnnouncementTranslations() {
        return Translations.fromJson(announcementTranslations);
    }

    /** Sets the translations of the announcement (languages without text are left out). */
    public void translateAnnouncement(Map<String, String> translations) {
        this.announcementTranslations = Translations.toJson(translations);
    }

    public String getOverrideReason() { return overrideReason; }
    public String getAbandonedReason() { return abandonedReason; }
    public Instant getCreatedAt() { return createdAt; }
}
