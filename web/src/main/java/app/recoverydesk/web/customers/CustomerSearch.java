package app.recoverydesk.web.customers;

import app.recoverydesk.privacy.PersonalData;
import app.recoverydesk.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customers' personal data page: find a customer, download their copy, erase them. */
@Named
@ViewScoped
public class CustomerSearch implements Serializable {

    @Inject
    private PersonalData personalData;

    private String q;
    private List<PersonalData.Found> found;

    public void search() {
        found = personalData.find(q);
    }

    /** Erases one customer found (the page asked first, in a dialog), then searches again: they are gone. */
    public void erase(long customerId) {
        personalData.erase(customerId, PersonalData.CONFIRMATION);
        Messages.info("privacy.erased");
        found = personalData.find(q);
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public List<PersonalData.Found> getFound() { return found; }
}
