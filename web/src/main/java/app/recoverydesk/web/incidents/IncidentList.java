package app.recoverydesk.web.incidents;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.TextInput;
import app.recoverydesk.incident.Categories;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.incident.IncidentFilter;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.SavedView;
import app.recoverydesk.incident.SavedViews;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.i18n.Texts;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's incidents, a page at a time. What the list shows lives in its address (see {@link ListQuery}): the
 * filter form and the pager lead to a new address, so a reload, a shared link or a saved view shows the same list.
 */
@Named
@ViewScoped
public class IncidentList implements Serializable {

    static final int PAGE_SIZE = 20;

    /** The label of each parameter's field, to say which one the address got wrong. */
    private static final Map<String, String> LABELS = Map.of("status", "incident.status", "location",
            "incident.location", "category", "incident.category", "rootCause", "incident.rootCause", "severity",
            "incident.severity", "from", "general.from", "to", "general.to", "sort", "incident.list.sort", "page",
            "incident.list.page");

    @Inject
    private IncidentService incidents;

    @Inject
    private Locations locations;

    @Inject
    private Categories categories;

    @Inject
    private SavedViews savedViews;

    @Inject
    private CurrentCaller caller;

    @Inject
    private LocaleSelector locale;

    /** The address's parameters as given (f:viewParam); read by {@link #load}. */
    private final Map<String, String> params = new HashMap<>();

    // the form's fields: the list shown (applied) until "search" leads to their address
    private IncidentStatus status;
    private Long locationId;
    private Long categoryId;
    private RootCause rootCause;
    private Severity severity;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private IncidentFilter.Sort sort = IncidentFilter.Sort.NEWEST;

    private IncidentFilter applied = IncidentFilter.NONE;
    private int page = 1;
    private List<Incident> rows = List.of();
    private long total;
    private boolean totalExact = true;
    private String viewName;
    private List<SavedView> views = List.of();
    private ZoneId zone;
    private List<Location> locationChoices;
    private List<SelectItem> locationItems;
    private java.util.Locale locationItemsLocale;
    private List<IncidentCategory> categoryChoices;

    @PostConstruct
    void init() {
        zone = caller.timeZone();
        locationChoices = locations.all();
        categoryChoices = categories.active();
    }

    /** Runs when the page opens (f:viewAction): the address's list, with a message for each value it does not know. */
    public void load() {
        ListQuery query = ListQuery.parse(params);
        var text = Messages.in(locale.getLocale());
        query.invalid().forEach(name -> Messages.errorText(null,
                MessageFormat.format(text.apply("incident.list.badParam"), text.apply(LABELS.get(name)))));
        applied = query.filter();
        page = query.page();
        showForm(applied);
        try {
            read();
            long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            if (rows.isEmpty() && page > pages) { // past the end (fewer incidents since the link was made)
                page = (int) pages;
                read();
            }
        } catch (InvalidInputException e) { // a search text longer than the list takes
            rows = List.of();
            total = 0;
            e.fields().values().forEach(m -> Messages.errorText("list:text", Texts.render(m, locale.getLocale(), zone)));
        }
        views = savedViews.mine();
    }

    private void read() {
        IncidentService.Listed listed = incidents.list(applied, zone, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        rows = listed.page();
        total = listed.tally().value();
        totalExact = listed.tally().exact();
    }

    private void showForm(IncidentFilter f) {
        status = f.status();
        locationId = f.locationId();
        categoryId = f.categoryId();
        rootCause = f.rootCause();
        severity = f.severity();
        from = f.from();
        to = f.to();
        text = f.text();
        sort = f.sort();
    }

    /** The form's filters as the list's new address, from its first page. */
    public void search() throws IOException {
        String checked = TextInput.optional("text", text, IncidentFilter.MAX_TEXT); // said on the field
        redirect(ListQuery.format(new IncidentFilter(status, locationId, categoryId, rootCause, severity, from, to,
                checked, sort), 1));
    }

    /** Saves the list as it is shown (not the form's unsent changes) under the name typed. */
    public void saveView() {
        SavedView saved = savedViews.save(viewName, ListQuery.format(applied, 1));
        views = savedViews.mine();
        viewName = null;
        Messages.infoText(MessageFormat.format(Messages.text("savedView.saved"), saved.getName()));
    }

    public void deleteView(long id) {
        String name = savedViews.require(id).getName();
        savedViews.delete(id);
        views = savedViews.mine();
        Messages.infoText(MessageFormat.format(Messages.text("savedView.deleted"), name));
    }

    private static void redirect(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/incidents/list.xhtml" + (query.isEmpty() ? "" : "?" + query));
    }

    /** The address of the list's page {@code n} with the filters shown. */
    public String pageHref(int n) {
        String query = ListQuery.format(applied, n);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/incidents/list.xhtml"
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address of a saved view. */
    public String viewHref(SavedView view) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/incidents/list.xhtml"
                + (view.getQuery().isEmpty() ? "" : "?" + view.getQuery());
    }

    /** True for the saved view whose list is shown. */
    public boolean isShowing(SavedView view) {
        return view.getQuery().equals(ListQuery.format(applied, 1));
    }

    public boolean isFiltered() {
        return ListQuery.narrows(applied);
    }

    /** How many of the folded filters narrow the list, shown on the "Filters" button. */
    public int getFoldedCount() {
        return ListQuery.folded(applied);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }

    public long getFirst() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLast() {
        return (long) (page - 1) * PAGE_SIZE + rows.size();
    }

    public Map<String, String> getParams() { return params; }
    public List<Incident> getRows() { return rows; }
    public long getTotal() { return total; }
    /** False when more incidents match than the list counts (Tally.CAP): the page asks to narrow the filter. */
    public boolean isTotalExact() { return totalExact; }
    public int getPage() { return page; }
    public List<SavedView> getViews() { return views; }
    public String getViewName() { return viewName; }
    public void setViewName(String viewName) { this.viewName = viewName; }

    /**
     * The location filter's choices, made once per view and language: a chain's 500 locations as items evaluated one
     * by one (value, label, the inactive mark) were a sixth of the list page's server time.
     */
    public List<SelectItem> getLocationItems() {
        java.util.Locale now = locale.getLocale();
        if (locationItems == null || !now.equals(locationItemsLocale)) {
            var text = Messages.in(now);
            String inactive = " (" + text.apply("location.inactive") + ")";
            locationItems = locationChoices.stream()
                    .map(l -> new SelectItem(l.getId(), l.isActive() ? l.getName() : l.getName() + inactive)).toList();
            locationItemsLocale = now;
        }
        return locationItems;
    }
    public List<IncidentCategory> getCategories() { return categoryChoices; }
    public IncidentStatus[] getStatuses() { return IncidentStatus.values(); }
    public RootCause[] getRootCauses() { return RootCause.values(); }
    public Severity[] getSeverities() { return Severity.values(); }
    public IncidentFilter.Sort[] getSorts() { return IncidentFilter.Sort.values(); }

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
