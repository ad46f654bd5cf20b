package app.recoverydesk.web.audit;

import app.recoverydesk.audit.AuditEntry;
import app.recoverydesk.audit.AuditTrail;
import app.recoverydesk.audit.AuditVerification;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log page: the business's entries newest first, a page at a time, filtered by person, kind and period;
 * the filtered entries as CSV; and the check of the chain.
 */
@Named("auditLog")
@ViewScoped
public class AuditLogPage implements Serializable {

    @Inject
    private AuditTrail trail;

    @Inject
    private AuditVerification verification;

    @Inject
    private LocaleSelector locale;

    private String person;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private AuditTrail.Filter filter = AuditTrail.Filter.ALL;
    private List<String> people;
    private List<String> kinds;

    @PostConstruct
    void init() {
        people = trail.people();
        kinds = trail.kinds();
    }

    /** "Show": the filter as entered; a period that ends before it starts is named on the page, the input kept. */
    public void show() {
        filter = AuditTrail.Filter.of(person, kind, from, to);
    }

    /** "Verify": the chain is intact (with the number of entries), or the first broken link is named. */
    public void verify() {
        AuditVerification.Result result = verification.verify();
        if (result.intact()) {
            Messages.infoText(MessageFormat.format(Messages.text("audit.verify.intact"), result.entries()));
        } else {
            var broken = result.broken().orElseThrow();
            Messages.errorText(null, MessageFormat.format(Messages.text("audit.verify.broken." + broken.problem()),
                    String.valueOf(broken.seq()), String.valueOf(broken.id())));
        }
    }

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(trail.count(filter), AuditTrail.MAX_ROWS);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.find(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getSeq());
        }
    };

    public String kindLabel(String code) {
        return AuditCsv.kindLabel(code, locale.getLocale());
    }

    /** The download of what the table shows (the filter last shown). */
    public String getCsvUrl() {
        StringJoiner query = new StringJoiner("&", "/audit/export?", "");
        add(query, "person", filter.person());
        add(query, "kind", filter.kind());
        add(query, "from", filter.from());
        add(query, "to", filter.to());
        return query.toString();
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public LazyDataModel<AuditEntry> getModel() { return model; }
    public List<String> getPeople() { return people; }
    public List<String> getKinds() { return kinds; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
