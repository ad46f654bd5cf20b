package app.recoverydesk.web.manage;

import app.recoverydesk.recovery.Notification;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.security.Roles;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The in-app notices for the caller's roles (exception requests for managers, escalations for executives). */
@Named
@RequestScoped
public class Notices {

    @Inject
    private Recoveries recoveries;

    @Inject
    private CurrentCaller caller;

    private List<Notification> list;

    public List<Notification> getList() {
        if (list == null) {
            Set<String> roles = Set.of(Roles.MANAGER, Roles.EXECUTIVE).stream().filter(caller::hasRole)
                    .collect(Collectors.toSet());
            list = !caller.isMemberOfTenant() ? List.of() : recoveries.notificationsFor(roles);
        }
        return list;
    }
}
