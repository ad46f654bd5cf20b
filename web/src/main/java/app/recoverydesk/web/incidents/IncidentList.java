package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The tenant's incidents, newest first, a page at a time. */
@Named
@ViewScoped
public class IncidentList implements Serializable {

    @Inject
    private IncidentService incidents;

    private final LazyDataModel<Incident> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) incidents.count();
        }

        @Override
        public List<Incident> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return incidents.newestFirst(first, pageSize);
        }

        @Override
        public String getRowKey(Incident incident) {
            return String.valueOf(incident.getId());
        }

        @Override
        public Incident getRowData(String rowKey) {
            return incidents.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    public LazyDataModel<Incident> getModel() {
        return model;
    }
}
