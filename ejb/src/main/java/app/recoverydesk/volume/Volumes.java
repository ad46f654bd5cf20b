package app.recoverydesk.volume;

import app.recoverydesk.audit.change.AuditedChange;
import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.LocationNotFoundException;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The daily volume of the caller's locations: recorded by tenant admins for every location and by managers for
 * the ones they are assigned to (all when they have none, as elsewhere); read also by executives. A batch is
 * checked whole before anything is written, so a refused upload saves nothing.
 */
@Stateless
public class Volumes {

    /** The most days one upload may hold: ten years of one location. */
    public static final int MAX_ENTRIES = 3700;

    /** One day to record; {@code line} is where it stood in the upload (its position), for the refusal. */
    public record Entry(int line, long locationId, LocalDate day, long units) {
    }

    /** What an upload did: days new, days whose figure changed, days sent again with the same figure. */
    public record Outcome(int recorded, int replaced, int unchanged) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private Locations locations;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Clock clock;

    @Inject
    private app.recoverydesk.tenancy.CurrentTenant currentTenant;

    /** What the caller's business counts as its volume. */
    public VolumeUnit unit() {
        return VolumeUnit.of(currentTenant.get().getBusinessType());
    }

    @Inject
    private jakarta.enterprise.event.Event<AuditedChange> audit;

    /** The locations the caller may record volume for: null for all of the tenant's, empty for none. */
    public Set<Long> recordable() {
        if (caller.roles().contains(Roles.TENANT_ADMIN)) {
            return null;
        }
        if (caller.roles().contains(Roles.MANAGER)) {
            Set<Long> own = staffLocations.of(caller.username());
            return own.isEmpty() ? null : own;
        }
        return Set.of();
    }

    /** The locations the caller may record for, by name: what the upload page offers. */
    public List<Location> recordableLocations() {
        Set<Long> permitted = recordable();
        return locations.all().stream().filter(l -> permitted == null || permitted.contains(l.getId())).toList();
    }

    /** The location, if it is the caller's tenant's (else 404) and one the caller may record for (else 403). */
    public Location requireRecordable(long locationId) {
        Location location = locations.find(locationId).orElseThrow(LocationNotFoundException::new);
        Set<Long> permitted = recordable();
        if (permitted != null && !permitted.contains(locationId)) {
            throw new BusinessException(Kind.FORBIDDEN, "volume.location.notYours");
        }
        return location;
    }

    /** The location, if the caller may read its volume: executives every one, others those they may record for. */
    public Location requireReadable(long locationId) {
        if (caller.roles().contains(Roles.EXECUTIVE)) {
            return locations.find(locationId).orElseThrow(LocationNotFoundException::new);
        }
        return requireRecordable(locationId);
    }

    /** One day, replacing the figure it had. */
    public Outcome record(long locationId, LocalDate day, long units) {
        return recordAll(List.of(new Entry(1, locationId, day, units)));
    }

    /**
     * Every entry or none: each location must be one the caller may record for, each day not in the future (in the
     * location's time zone), each figure within bounds, no day twice. Days already recorded are replaced, each change
     * audited with its old and new figure; new days are audited once per location.
     */
    public Outcome recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new InvalidInputException("body", "volume.empty");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidInputException("body", "volume.tooMany", MAX_ENTRIES);
        }
        Map<Long, Location> places = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Instant now = clock.instant();
        for (Entry e : entries) {
            Location location = places.computeIfAbsent(e.locationId(), this::requireRecordable);
            if (e.day().isAfter(LocalDate.ofInstant(now, location.getTimeZone()))) {
                throw new InvalidInputException("date", "volume.line.future", e.line(), e.day());
            }
            if (e.units() < 0 || e.units() > LocationVolume.MAX_UNITS) {
                throw new InvalidInputException("units", "volume.line.units", e.line(), e.units());
            }
            Integer first = seen.putIfAbsent(e.locationId() + " " + e.day(), e.line());
            if (first != null) {
                throw new InvalidInputException("date", "volume.line.repeated", e.line(), e.day(), first);
            }
        }
        Map<Long, List<Entry>> byLocation = entries.stream()
                .collect(Collectors.groupingBy(Entry::locationId, LinkedHashMap::new, Collectors.toList()));
        int recorded = 0, replaced = 0, unchanged = 0;
        String me = caller.username();
        for (Map.Entry<Long, List<Entry>> group : byLocation.entrySet()) {
            long locationId = group.getKey();
            Map<LocalDate, LocationVolume> existing = new HashMap<>();
            for (List<LocalDate> days : chunks(group.getValue().stream().map(Entry::day).toList(), 500)) {
                em.createNamedQuery("LocationVolume.days", LocationVolume.class).setParameter("locationId", locationId)
                        .setParameter("days", days).getResultStream().forEach(v -> existing.put(v.getDay(), v));
            }
            TreeMap<LocalDate, Long> added = new TreeMap<>();
            for (Entry e : group.getValue()) {
                LocationVolume volume = existing.get(e.day());
                if (volume == null) {
                    em.persist(new LocationVolume(locationId, e.day(), e.units(), me, now));
                    added.put(e.day(), e.units());
                    recorded++;
                } else if (volume.getUnits() == e.units()) {
                    unchanged++;
                } else {
                    long before = volume.record(e.units(), me, now);
                    audit.fire(AuditedChange.of("volume.replaced", "location " + locationId + ", " + e.day(),
                            String.valueOf(before), String.valueOf(e.units())));
                    replaced++;
                }
            }
            if (!added.isEmpty()) {
                long units = added.values().stream().mapToLong(Long::longValue).sum();
                audit.fire(AuditedChange.of("volume.recorded", "location " + locationId + ", "
                        + (added.size() == 1 ? added.firstKey() : added.firstKey() + " – " + added.lastKey()), null,
                        added.size() == 1 ? String.valueOf(units) : added.size() + " days, " + units + " units"));
            }
        }
        em.flush();
        return new Outcome(recorded, replaced, unchanged);
    }

    /** The recorded days of a location, both ends included. */
    public List<LocationVolume> of(long locationId, LocalDate from, LocalDate to) {
        requireReadable(locationId);
        if (from.isAfter(to)) {
            throw new InvalidInputException("to", "report.period.invalid");
        }
        return em.createNamedQuery("LocationVolume.range", LocationVolume.class).setParameter("locationId", locationId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * Incidents per 1,000 units, location by location, over each location's span. {@code incidents} runs the caller's
     * count of incidents for {@code [start, end)} and answers rows of (location id, hour as a number of hours since
     * 2000 UTC, count) — the report's and the gate's own filters stay theirs.
     */
    public VolumeTally tally(Map<Long, VolumeTally.Span> spans, Instant start, Instant end,
                             Function<Instant[], List<Object[]>> incidents) {
        VolumeTally tally = new VolumeTally(spans);
        if (recorded(spans, tally)) {
            // a day of a location in another time zone may begin before the span's first instant: a day's margin
            for (Object[] row : incidents.apply(new Instant[] {start.minusSeconds(86_400), end.plusSeconds(86_400)})) {
                tally.incidents((Long) row[0], HOUR_ZERO.plusSeconds(((Number) row[1]).longValue() * 3600),
                        ((Number) row[2]).longValue());
            }
        }
        return tally;
    }

    /**
     * The same with the incidents counted by the locations' own days: {@code incidents} answers rows of (location id,
     * local day, count) for the days of {@code [from, to]}, both ends included.
     */
    public VolumeTally tallyByDay(Map<Long, VolumeTally.Span> spans, Function<LocalDate[], List<Object[]>> incidents) {
        VolumeTally tally = new VolumeTally(spans);
        if (recorded(spans, tally)) {
            LocalDate[] days = {spans.values().stream().map(VolumeTally.Span::from).min(LocalDate::compareTo).orElseThrow(),
                    spans.values().stream().map(VolumeTally.Span::to).max(LocalDate::compareTo).orElseThrow()};
            for (Object[] row : incidents.apply(days)) {
                tally.incidentsOn(((Number) row[0]).longValue(), (LocalDate) row[1], ((Number) row[2]).longValue());
            }
        }
        return tally;
    }

    /** Reads the spans' recorded volume into the tally; whether there is any. */
    private boolean recorded(Map<Long, VolumeTally.Span> spans, VolumeTally tally) {
        if (spans.isEmpty()) {
            return false;
        }
        LocalDate from = spans.values().stream().map(VolumeTally.Span::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = spans.values().stream().map(VolumeTally.Span::to).max(LocalDate::compareTo).orElseThrow();
        if (to.isBefore(from)) {
            return false;
        }
        TypedQuery<Object[]> query = em.createNamedQuery("LocationVolume.ofLocations", Object[].class)
                .setParameter("locations", List.copyOf(spans.keySet())).setParameter("from", from).setParameter("to", to);
        boolean any = false;
        for (Object[] row : query.getResultList()) {
            tally.volume((Long) row[0], (LocalDate) row[1], ((Number) row[2]).longValue());
            any = true;
        }
        return any;
    }

    /** {@code hour_of} counts whole hours since 2000 (UTC), as the initiatives read it. */
    private static final Instant HOUR_ZERO = Instant.parse("2000-01-01T00:00:00Z");

    private static <T> List<List<T>> chunks(Collection<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> all = List.copyOf(items);
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
