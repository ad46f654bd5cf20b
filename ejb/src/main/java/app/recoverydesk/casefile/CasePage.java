package app.recoverydesk.casefile;

import app.recoverydesk.feedback.Invitations;
import app.recoverydesk.tenancy.Staff;
import java.io.Serializable;
import java.util.List;

/**
 * All the case page shows, read in one call: the case itself, the mails to its customer, and the staff a promise
 * can be given to (empty where the page offers no promise form, or the identity provider did not answer: the caller
 * can still promise, as its owner).
 */
public record CasePage(CaseView view, List<Invitations.CustomerMail> customerMails, List<Staff.Colleague> owners)
        implements Serializable {

    public CasePage {
        customerMails = List.copyOf(customerMails);
        owners = List.copyOf(owners);
    }
}
