package app.recoverydesk.volume;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts incidents and recorded volume side by side, location by location: each location's span of local days, the
 * units recorded on them, and the incidents that happened on the recorded ones (counted per hour, as the database
 * groups them, and put into the location's own days here). Pure, so the arithmetic is tested without a server.
 */
public final class VolumeTally {

    /** One location's span: its time zone and its first and last day, both included. */
    public record Span(ZoneId zone, LocalDate from, LocalDate to) {
        public long days() {
            return to.isBefore(from) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        /** The whole local days within {@code [start, end)}: a day cut by either end belongs to neither side. */
        public static Span within(ZoneId zone, Instant start, Instant end) {
            LocalDate first = LocalDate.ofInstant(start, zone);
            if (first.atStartOfDay(zone).toInstant().isBefore(start)) {
                first = first.plusDays(1);
            }
            return new Span(zone, first, LocalDate.ofInstant(end, zone).minusDays(1));
        }
    }

    private final Map<Long, Span> spans;
    private final Map<Long, Map<LocalDate, Long>> volumes = new HashMap<>();
    private final Map<Long, Long> incidents = new HashMap<>();

    public VolumeTally(Map<Long, Span> spans) {
        this.spans = Map.copyOf(spans);
    }

    /** A recorded day; days outside the location's span are left out. */
    public void volume(long locationId, LocalDate day, long units) {
        Span span = spans.get(locationId);
        if (span != null && span.contains(day)) {
            volumes.computeIfAbsent(locationId, k -> new HashMap<>()).put(day, units);
        }
    }

    /** {@code count} incidents in the hour starting at {@code hour}; counted only on a day with a recorded volume. */
    public void incidents(long locationId, Instant hour, long count) {
        Span span = spans.get(locationId);
        Map<LocalDate, Long> recorded = volumes.get(locationId);
        if (span == null || recorded == null) {
            return;
        }
        if (recorded.containsKey(LocalDate.ofInstant(hour, span.zone()))) {
            incidents.merge(locationId, count, Long::sum);
        }
    }

    /** {@code count} incidents on the location's own {@code day}; counted only when it has a recorded volume. */
    public void incidentsOn(long locationId, LocalDate day, long count) {
        Map<LocalDate, Long> recorded = volumes.get(locationId);
        if (spans.containsKey(locationId) && recorded != null && recorded.containsKey(day)) {
            incidents.merge(locationId, count, Long::sum);
        }
    }

    public Rate of(long locationId) {
        Span span = spans.get(locationId);
        if (span == null) {
            return Rate.none(0);
        }
        Map<LocalDate, Long> recorded = volumes.getOrDefault(locationId, Map.of());
        long units = recorded.values().stream().mapToLong(Long::longValue).sum();
        return new Rate(incidents.getOrDefault(locationId, 0L), units, recorded.size(), span.days());
    }

    /** Every location's together. */
    public Rate total() {
        return spans.keySet().stream().map(this::of).reduce(Rate.none(0), Rate::plus);
    }
}
