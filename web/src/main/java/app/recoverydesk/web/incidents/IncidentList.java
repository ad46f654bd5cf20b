package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Categories;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.incident.IncidentFilter;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The tenant's incidents, a page at a time, narrowed by the filter form above the table. */
@Named
@ViewScoped
public class IncidentList implements Serializable {

    @Inject
    private IncidentService incidents;

    @Inject
    private Incidents cases;

    @Inject
    private Locations locations;

    @Inject
    private Categories categories;

    @Inject
    private CurrentCaller caller;

    private IncidentStatus status;
    private Long locationId;
    private Long categoryId;
    private RootCause rootCause;
    private Severity severity;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private IncidentFilter.Sort sort = IncidentFilter.Sort.NEWEST;
    private ZoneId zone;
    private boolean totalExact = true;
    private List<Location> locationChoices;
    private List<IncidentCategory> categoryChoices;

    @PostConstruct
    void init() {
        zone = caller.timeZone();
        locationChoices = locations.all();
        categoryChoices = categories.active();
    }

    private IncidentFilter filter() {
        return new IncidentFilter(status, locationId, categoryId, rootCause, severity, from, to, text, sort);
    }

    private final LazyDataModel<Incident> model = new LazyDataModel<>() {
        /** What count() found for the page load() reads next; PrimeFaces calls them in that order. */
        private app.recoverydesk.incident.Tally tally;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            tally = incidents.count(filter(), zone);
            totalExact = tally.exact();
            return (int) tally.value();
        }

        @Override
        public List<Incident> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return incidents.search(filter(), zone, tally != null ? tally : incidents.count(filter(), zone), first,
                    pageSize);
        }

        @Override
        public String getRowKey(Incident incident) {
            return String.valueOf(incident.getId());
        }

        @Override
        public Incident getRowData(String rowKey) {
            return cases.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    public void clear() {
        status = null;
        locationId = null;
        categoryId = null;
        rootCause = null;
        severity = null;
        from = null;
        to = null;
        text = null;
        sort = IncidentFilter.Sort.NEWEST;
    }

    /** False when more incidents match than the list counts (Tally.CAP): the page asks to narrow the filter. */
    public boolean isTotalExact() {
        return totalExact;
    }

    public LazyDataModel<Incident> getModel() {
        return model;
    }

    public List<Location> getLocations() {
        return locationChoices;
    }

    public List<IncidentCategory> getCategories() {
        return categoryChoices;
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public IncidentFilter.Sort[] getSorts() {
        return IncidentFilter.Sort.values();
    }

    public IncidentStatus getStatus() { return status; }
    public void setStatus(IncidentStatus status) { this.status = status; }
    public Long getLocationId() { return locationId; }
    public void setLocationId(Long locationId) { this.locationId = locationId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public RootCause getRootCause() { return rootCause; }
    public void setRootCause(RootCause rootCause) { this.rootCause = rootCause; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public IncidentFilter.Sort getSort() { return sort; }
    public void setSort(IncidentFilter.Sort sort) { this.sort = sort; }
}
