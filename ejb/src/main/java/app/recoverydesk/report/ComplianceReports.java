package app.recoverydesk.report;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Tally;
import app.recoverydesk.initiative.Initiative;
import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.recovery.RecoveryPolicy;
import app.recoverydesk.recovery.RecoveryStatus;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The executive policy-compliance report. Incident figures come from the daily counts ({@link IncidentDayCounts});
 * every other figure is an aggregate the database computes over one index range (tenant, time) — the tenant
 * restriction is Hibernate's, as for every other query; the locations are the caller's to choose within what their
 * role lets them see.
 */
@Stateless
public class ComplianceReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private PeriodFigures periods;

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private app.recoverydesk.audit.AuditLog audit;

    /**
     * Records that the caller downloaded (part of) the report: {@code what} says which file ("CSV summary", "PDF"),
     * the subject the period and locations. Called once the file is made, so a refused download records nothing.
     */
    public void exported(ReportScope scope, String what) {
        audit.record("report.exported", "compliance report " + scope.period().from() + " – " + scope.period().to()
                + (scope.locations() == null ? "" : ", locations " + new java.util.TreeSet<>(scope.locations())), null, what);
    }

    /** The period a report covers when none is asked for. */
    public static final int DEFAULT_DAYS = 30;

    @Inject
    private Clock clock;

    /**
     * Which locations the report covers: the ones asked for (all when none), within what the caller may see —
     * executives the whole tenant, managers the locations they are assigned to (all when they have none, as on
     * every other page), anyone the tenant limits to locations only those. Without days: the last 30, today
     * included, in the tenant's time zone.
     */
    public ReportScope scope(LocalDate from, LocalDate to, Set<Long> requested) {
        ZoneId zone = tenant().getTimeZone();
        LocalDate last = to != null ? to : LocalDate.now(zone);
        Period period = new Period(from != null ? from : last.minusDays(DEFAULT_DAYS - 1), last, zone);
        Set<Long> permitted = permittedLocations();
        Set<Long> asked = requested == null ? Set.of() : requested;
        staffLocations.requireKnown(asked);
        if (permitted != null && !permitted.containsAll(asked)) {
            throw new InvalidInputException("locationIds", "report.location.notYours");
        }
        return new ReportScope(period, asked.isEmpty() ? permitted : Set.copyOf(asked));
    }

    /** The locations the caller may report on: null for all of the tenant's. */
    public Set<Long> permittedLocations() {
        Set<Long> visible = caller.visibleLocations().orElse(null);
        if (visible != null || caller.roles().contains(Roles.EXECUTIVE)) {
            return visible;
        }
        Set<Long> own = staffLocations.of(caller.username());
        return own.isEmpty() ? null : own;
    }

    /**
     * How many of the period's recoveries granted over their limit the report lists, newest first: their count is
     * in the figures, every one of them behind the figure and in the file of the table
     * ({@link #reportListingEveryOverLimit}). So the report reads as many rows at any size of business: a big
     * chain's year has hundreds, each a row read from the recoveries and a line of the page.
     */
    public static final int OVER_LIMIT_LISTED = 50;

    public ComplianceReport report(ReportScope scope, Locale locale) {
        return report(scope, locale, OVER_LIMIT_LISTED);
    }

    /** The report with every recovery granted over its limit in the period listed, for a file of that table. */
    public ComplianceReport reportListingEveryOverLimit(ReportScope scope, Locale locale) {
        return report(scope, locale, Integer.MAX_VALUE);
    }

    private ComplianceReport report(ReportScope scope, Locale locale, int overLimitListed) {
        Tenant tenant = tenant();
        // both periods run beside the tables below, each in a transaction of its own: the database works on all
        // three at once instead of one after the other
        Future<Figures> current = periods.inBackground(tenant.getId(), scope, tenant.getApprovalTargetMinutes());
        Future<Figures> previous = periods.inBackground(tenant.getId(), scope.previous(), tenant.getApprovalTargetMinutes());
        Map<Long, String> locationNames = em.createNamedQuery("Location.all", Location.class).getResultStream()
                .collect(Collectors.toMap(Location::getId, Location::getName));
        List<ComplianceReport.TrendPoint> trend = trend(scope);
        List<ComplianceReport.OptionUse> options = options(scope, locale);
        List<ComplianceReport.PromiseRow> byLocation = promisesBy(scope, CaseDayCounts.Rows.EACH_LOCATION, locationNames.keySet(),
                "location_id", row -> new ComplianceReport.PromiseRow((Long) row, locationNames.getOrDefault((Long) row, "?"), null));
        List<ComplianceReport.PromiseRow> byOwner = promisesBy(scope, CaseDayCounts.Rows.SCOPE, null, "owner",
                row -> new ComplianceReport.PromiseRow(null, (String) row, null));
        Figures figures = done(current);
        // the daily counts know whether the period has any recovery granted over its limit: most have none
        List<ComplianceReport.OverLimit> overLimit = figures.recoveries().overLimit() == 0 ? List.of()
                : overLimit(scope, locale, overLimitListed);
        return new ComplianceReport(scope.period(), scope.locations() == null ? Set.of() : scope.locations(),
                tenant.getCurrency(), figures, done(previous), trend, options, overLimit, byLocation, byOwner,
                initiativesByStatus(), announced(), overrides(scope), volume(scope, locationNames));
    }

    @Inject
    private app.recoverydesk.volume.Volumes volumes;

    /** Incidents per 1,000 units in both periods, location by location, over the days with a recorded volume. */
    private ComplianceReport.Volume volume(ReportScope scope, Map<Long, String> locationNames) {
        app.recoverydesk.volume.VolumeTally now = volumeTally(scope, locationNames.keySet());
        app.recoverydesk.volume.VolumeTally before = volumeTally(scope.previous(), locationNames.keySet());
        List<ComplianceReport.LocationRate> byLocation = new ArrayList<>();
        for (Long id : scope.locations() == null ? locationNames.keySet() : scope.locations()) {
            var current = now.of(id);
            var previous = before.of(id);
            if (current.recorded() || previous.recorded()) {
                byLocation.add(new ComplianceReport.LocationRate(id, locationNames.getOrDefault(id, "?"), current, previous));
            }
        }
        byLocation.sort(Comparator.comparing(ComplianceReport.LocationRate::name));
        return new ComplianceReport.Volume(app.recoverydesk.volume.VolumeUnit.of(tenant().getBusinessType()), now.total(), before.total(), byLocation);
    }

    private app.recoverydesk.volume.VolumeTally volumeTally(ReportScope scope, Set<Long> allLocations) {
        Map<Long, ZoneId> zones = em.createNamedQuery("Location.all", Location.class).getResultStream()
                .collect(Collectors.toMap(Location::getId, Location::getTimeZone));
        Map<Long, app.recoverydesk.volume.VolumeTally.Span> spans = new HashMap<>();
        for (Long id : scope.locations() == null ? allLocations : scope.locations()) {
            if (zones.containsKey(id)) {
                spans.put(id, new app.recoverydesk.volume.VolumeTally.Span(zones.get(id), scope.period().from(), scope.period().to()));
            }
        }
        return volumes.tallyByDay(spans, days -> IncidentDayCounts.byLocationDay(em, tenant().getId(),
                List.copyOf(spans.keySet()), days[0], days[1]));
    }

    /** Promises due in the period by location or owner ({@code column} of the daily counts). */
    private List<ComplianceReport.PromiseRow> promisesBy(ReportScope scope, CaseDayCounts.Rows which, Set<Long> every,
                                                         String column, Function<Object, ComplianceReport.PromiseRow> label) {
        Map<Object, List<ReportRows.PromiseCount>> groups = new LinkedHashMap<>();
        for (ReportRows.PromiseCount row : CaseDayCounts.promises(em, tenant().getId(), scope, which, every, column)) {
            groups.computeIfAbsent(row.key() == null ? "" : row.key(), k -> new ArrayList<>()).add(row);
        }
        List<ComplianceReport.PromiseRow> result = new ArrayList<>();
        groups.forEach((key, rows) -> {
            ComplianceReport.PromiseRow named = label.apply("".equals(key) ? null : key);
            result.add(new ComplianceReport.PromiseRow(named.locationId(), named.name(), ReportRows.PromiseCount.tally(rows)));
        });
        result.sort(Comparator.comparing((ComplianceReport.PromiseRow r) -> -r.promises().settled() - r.promises().open())
                .thenComparing(r -> String.valueOf(r.name())));
        return result;
    }

    /** Incidents, recoveries and exceptions per week or month, from the daily counts of the tenant's days. */
    private List<ComplianceReport.TrendPoint> trend(ReportScope scope) {
        Granularity granularity = scope.period().granularity();
        TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
        for (LocalDate b = granularity.bucketOf(scope.period().from()); !b.isAfter(scope.period().to()); b = granularity.next(b)) {
            buckets.put(b, new long[3]);
        }
        IncidentDayCounts.byDay(em, tenant().getId(), scope)
                .forEach((day, n) -> buckets.get(granularity.bucketOf(day))[0] += n);
        for (Object[] row : CaseDayCounts.recoveriesByDay(em, tenant().getId(), scope)) {
            long[] bucket = buckets.get(granularity.bucketOf(CaseDayCounts.day(row[0])));
            bucket[1] += ((Number) row[1]).longValue();
            bucket[2] += ((Number) row[2]).longValue();
        }
        return buckets.entrySet().stream().map(e -> new ComplianceReport.TrendPoint(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2])).toList();
    }

    private List<ComplianceReport.OptionUse> options(ReportScope scope, Locale locale) {
        Map<Long, long[]> use = new HashMap<>();
        for (ReportRows.OptionStatusUse row : CaseDayCounts.options(em, tenant().getId(), scope).stream()
                .map(ReportRows.OptionStatusUse::of).toList()) {
            long[] u = use.computeIfAbsent(row.optionId(), k -> new long[4]);
            if (row.status() == RecoveryStatus.GRANTED || row.status() == RecoveryStatus.APPROVED) {
                u[0] += row.count();
                u[2] += row.value();
                u[3] = Math.max(u[3], row.largest());
            }
            if (row.status() != RecoveryStatus.GRANTED) {
                u[1] += row.count();
            }
        }
        Instant now = clock.instant();
        List<ComplianceReport.OptionUse> result = new ArrayList<>();
        for (RecoveryOption option : em.createNamedQuery("RecoveryOption.all", RecoveryOption.class).getResultList()) {
            long[] u = use.getOrDefault(option.getId(), new long[4]);
            RecoveryPolicy policy = catalogue.policyInForce(option.getId(), now).orElse(null);
            if (policy == null && u[0] + u[1] == 0) {
                continue;
            }
            Currency currency = policy != null ? policy.getCurrency() : tenant().getCurrency();
            result.add(new ComplianceReport.OptionUse(option.getId(), option.nameIn(locale), u[0], u[1],
                    option.isMonetary() ? Money.ofMinor(u[2], currency) : null,
                    option.isMonetary() && u[0] > 0 ? Money.ofMinor(u[3], currency) : null,
                    policy == null ? null : policy.getPerIncident(),
                    policy == null || !option.isMonetary() ? null : policy.perDayAmount(),
                    policy == null || option.isMonetary() ? null : policy.getPerDayLimit()));
        }
        return result;
    }

    /**
     * The newest {@code max} recoveries granted over their limit without approval. The scan reads recoveries only
     * (joining options and policies let the optimiser start from them and read every year); the rows found are
     * named afterwards. Read-only: a file of every one of them holds no snapshots for a flush that never comes.
     */
    private List<ComplianceReport.OverLimit> overLimit(ReportScope scope, Locale locale, int max) {
        TypedQuery<Recovery> query = em.createQuery("select r from Recovery r where" + scope.within("r.requestedAt", "r.locationId")
                + " and " + Figure.OVER_LIMIT_CONDITION + " order by r.requestedAt desc, r.id desc", Recovery.class)
                .setHint("org.hibernate.readOnly", true);
        Map<Long, RecoveryOption> options = new HashMap<>();
        Map<Long, RecoveryPolicy> policies = new HashMap<>();
        return scope.bind(query).setMaxResults(max).getResultStream().map(r -> {
            RecoveryOption option = options.computeIfAbsent(r.getOptionId(), id -> em.find(RecoveryOption.class, id));
            RecoveryPolicy policy = policies.computeIfAbsent(r.getPolicyId(), id -> em.find(RecoveryPolicy.class, id));
            return new ComplianceReport.OverLimit(r.getId(), r.getIncidentId(), option.nameIn(locale), r.getAmount(),
                    policy.getPerIncident(), r.getRequestedBy(), r.getRequestedAt());
        }).toList();
    }

    /** Initiatives as they stand now: they are tenant-wide work, not counted per period. */
    private Map<InitiativeStatus, Long> initiativesByStatus() {
        Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
        for (InitiativeStatus s : InitiativeStatus.values()) {
            byStatus.put(s, 0L);
        }
        em.createQuery(ReportRows.select(ReportRows.InitiativeCount.class) + "i.status, count(i)) from Initiative i"
                        + " group by i.status", ReportRows.InitiativeCount.class).getResultStream()
                .forEach(row -> byStatus.put(row.status(), row.count()));
        return byStatus;
    }

    private List<ComplianceReport.AnnouncedInitiative> announced() {
        return em.createQuery("select i from Initiative i where i.status = app.recoverydesk.initiative.InitiativeStatus.ANNOUNCED"
                + " order by i.createdAt desc", Initiative.class).setMaxResults(100).getResultStream()
                .map(i -> new ComplianceReport.AnnouncedInitiative(i.getId(), i.getTitle(), i.getBaselineCount(),
                        // verified per 1,000 units: the drop the gate judged, not the one of the raw counts
                        i.getAfterCount(), i.isMeasuredByRate() ? Double.valueOf(i.dropPercent())
                        : i.getBaselineCount() == null || i.getAfterCount() == null || i.getBaselineCount() == 0
                        ? null : Figures.percent(i.getBaselineCount() - i.getAfterCount(), i.getBaselineCount()),
                        i.getTargetDropPercent())).toList();
    }

    /** Gate overrides made in the period, with the executive's written reason. */
    private List<ComplianceReport.GateOverride> overrides(ReportScope scope) {
        return em.createQuery(ReportRows.select(ReportRows.OverrideRow.class) + "i.id, i.title, e.actor, e.occurredAt,"
                        + " e.from, e.to, e.reason) from Initiative i join InitiativeEvent e on e.initiativeId = i.id"
                        + " where e.gateOverride = true and e.occurredAt >= :from and e.occurredAt < :to"
                        + " order by e.occurredAt", ReportRows.OverrideRow.class)
                .setParameter("from", scope.start()).setParameter("to", scope.period().end()).getResultStream()
                .map(ReportRows.OverrideRow::toReport).toList();
    }

    /**
     * The incidents behind a figure, newest first, a page at a time: the page's ids first (an index scan in time
     * order), then those incidents with their location, category and customer — fetching them in the first query
     * let the optimiser start from the locations and sort the whole year.
     */
    public List<Incident> incidentsBehind(Figure figure, String key, ReportScope scope, int first, int max) {
        List<Long> ids = behind(figure, key, scope, q -> "select i.id " + q + " order by i.occurredAt desc, i.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Incident> byId = em.createQuery("select i from Incident i join fetch i.location left join fetch i.category"
                        + " left join fetch i.customer where i.id in :ids", Incident.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Incident::getId, i -> i));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public Tally countBehind(Figure figure, String key, ReportScope scope) {
        return Tally.of(behind(figure, key, scope, Tally::countOf).getSingleResult());
    }

    /** The incidents behind a figure ("from Incident i where …"), as {@code around} makes a query of it. */
    private TypedQuery<Long> behind(Figure figure, String key, ReportScope scope, UnaryOperator<String> around) {
        boolean withKey = figure.key() != Figure.Key.NONE && key != null && !key.isBlank();
        if (figure.key() != Figure.Key.NONE && figure.key() != Figure.Key.OWNER && !withKey) {
            throw new InvalidInputException("key", "report.figure.key");
        }
        String owner = withKey && figure.key() == Figure.Key.OWNER ? key : null;
        TypedQuery<Long> query = scope.bind(em.createQuery(around.apply("from Incident i where "
                + figure.condition(scope.restricted(), owner)), Long.class));
        if (figure.usesNow()) {
            query.setParameter("now", clock.instant());
        }
        if (withKey && !Figure.NO_OWNER.equals(owner)) {
            query.setParameter("key", switch (figure.key()) {
                case ROOT_CAUSE -> parse(RootCause.class, key);
                case OPTION -> parseLong(key);
                default -> key;
            });
        }
        return query;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("key", "report.figure.key");
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("key", "report.figure.key");
        }
    }

    private static Figures done(Future<Figures> figures) {
        try {
            return figures.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private Tenant tenant() {
        return currentTenant.get();
    }
}
