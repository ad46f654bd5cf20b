package app.recoverydesk.report;

import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.money.Money;
import app.recoverydesk.volume.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How policies were applied at the front line in a period and at a set of locations (empty: all the caller may
 * see), next to the period before. Money is kept per currency: a tenant that changed currency is not summed
 * across currencies.
 */
public record ComplianceReport(Period period, Set<Long> locationIds, Currency currency, Figures current,
                               Figures previous, List<TrendPoint> trend, List<OptionUse> options,
                               List<OverLimit> overLimit, List<PromiseRow> promisesByLocation,
                               List<PromiseRow> promisesByOwner, Map<InitiativeStatus, Long> initiativesByStatus,
                               List<AnnouncedInitiative> announced, List<GateOverride> overrides,
                               Volume volume) {

    public record TrendPoint(LocalDate bucket, long incidents, long recoveries, long exceptions) {
    }

    /**
     * Whether a bucket of the trend counts fewer days than a whole week or month: it starts before the period,
     * ends after it, or is not over yet (today or later in the tenant's time zone). Its counts are not comparable
     * with the others', so every view marks it.
     */
    public boolean partial(TrendPoint point) {
        Granularity granularity = period.granularity();
        LocalDate last = granularity.next(point.bucket()).minusDays(1);
        return point.bucket().isBefore(period.from()) || last.isAfter(period.to())
                || !last.isBefore(LocalDate.now(period.zone()));
    }

    /**
     * Use of one recovery option against its current limits; value is what was granted or approved. The per-day
     * limit is money for a monetary option, else a number of grants.
     */
    public record OptionUse(long optionId, String name, long grants, long exceptions, Money value, Money largest,
                            Money perIncidentLimit, Money perDayAmount, Long perDayGrants) {
    }

    /** A recovery granted above its policy's limit without anyone's approval: must never happen. */
    public record OverLimit(long recoveryId, long incidentId, String option, Money amount, Money limit,
                            String requestedBy, Instant requestedAt) {
    }

    /** Promises due in the period of one location or one owner (null owner: the location's queue). */
    public record PromiseRow(Long locationId, String name, Figures.Promises promises) {
    }

    public record AnnouncedInitiative(long id, String title, Integer before, Integer after, Double dropPercent,
                                      int targetDropPercent) {
    }

    public record GateOverride(long id, String title, String actor, Instant at, String from, String to, String reason) {
    }

    /**
     * Incidents per 1,000 units of volume (covers, room nights, rentals: {@code unit} is the business's kind) in both
     * periods, over the location-days with a recorded volume only; per location too.
     */
    public record Volume(app.recoverydesk.volume.VolumeUnit unit, Rate current, Rate previous,
                         List<LocationRate> byLocation) {

        /** Whether any location has volume recorded for a day of either period. */
        public boolean recorded() {
            return current.recorded() || previous.recorded();
        }
    }

    public record LocationRate(long locationId, String name, Rate current, Rate previous) {
    }
}
