package app.recoverydesk.web.incidents;

import app.recoverydesk.promise.Promise;
import app.recoverydesk.promise.Promises;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** "My promises" and the location queue, the soonest due first; overdue and due-soon ones stand out. */
@Named
@ViewScoped
public class MyPromises implements Serializable {

    private static final Duration SOON = Duration.ofHours(2);

    @Inject
    private Promises promises;

    @Inject
    private Clock clock;

    private List<Promise> mine;
    private List<Promise> queue;

    @PostConstruct
    void load() {
        mine = promises.mine();
        queue = promises.queue();
    }

    public void keep(long promiseId) {
        promises.keep(promiseId);
        load();
    }

    public void take(long promiseId, String me) {
        promises.handOver(promiseId, me);
        load();
    }

    /** "overdue", "soon" (within two hours) or "" for a row's look and a test's eye. */
    public String urgency(Promise p) {
        Instant now = clock.instant();
        if (p.isOverdue(now)) {
            return "overdue";
        }
        return p.getDueAt().isBefore(now.plus(SOON)) ? "soon" : "";
    }

    public List<Promise> getMine() {
        return mine;
    }

    public List<Promise> getQueue() {
        return queue;
    }
}
