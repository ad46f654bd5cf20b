package app.recoverydesk.web.report;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.Tally;
import app.recoverydesk.report.ComplianceReports;
import app.recoverydesk.report.Figure;
import app.recoverydesk.report.ReportScope;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Message;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The incidents behind one figure of the report, a page at a time. */
@Named
@ViewScoped
public class DrillDown implements Serializable {

    @Inject
    private ComplianceReports reports;

    @Inject
    private app.recoverydesk.web.i18n.LocaleSelector locale;

    private String figure;
    private String key;
    private String from;
    private String to;
    private String locations;
    private Figure parsedFigure;
    private ReportScope scope;
    private Tally total;

    /** f:viewAction: reads the link's parameters; a link that names no known figure shows an error, no incidents. */
    public void load() {
        try {
            parsedFigure = Figure.valueOf(figure);
            scope = reports.scope(ReportRequest.date(from), ReportRequest.date(to), ReportRequest.locations(locations));
            // counting here also checks the key; the table shows this count
            total = reports.countBehind(parsedFigure, key, scope);
        } catch (IllegalArgumentException | NullPointerException e) {
            fail(Message.of("report.figure.unknown"));
        } catch (InvalidInputException e) {
            e.fields().values().forEach(this::fail);
        }
    }

    private void fail(Message message) {
        parsedFigure = null;
        // a view action runs before the page's locale is applied: the user's language comes from their choice
        Messages.errorText(null, Texts.render(message, locale.getLocale(), java.time.ZoneOffset.UTC));
    }

    private final LazyDataModel<Incident> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return parsedFigure == null ? 0 : (int) total.value();
        }

        @Override
        public List<Incident> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return parsedFigure == null ? List.of() : reports.incidentsBehind(parsedFigure, key, scope, first, pageSize);
        }

        @Override
        public String getRowKey(Incident incident) {
            return String.valueOf(incident.getId());
        }
    };

    public String getTitle() {
        return parsedFigure == null ? "" : Messages.text("Figure." + parsedFigure);
    }

    public LazyDataModel<Incident> getModel() { return model; }
    public String getFigure() { return figure; }
    public void setFigure(String figure) { this.figure = figure; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getLocations() { return locations; }
    public void setLocations(String locations) { this.locations = locations; }
}
