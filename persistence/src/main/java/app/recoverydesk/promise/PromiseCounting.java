package app.recoverydesk.promise;

import app.recoverydesk.rollup.InFlush;
import app.recoverydesk.rollup.PromiseDays;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Keeps the report's daily promise rollup ({@link PromiseDays}) in step with every promise written, in the flush:
 * made is +1 on its key, kept, broken or handed over -1 on the key it was read under and +1 on the new one.
 */
public class PromiseCounting {

    @PersistenceContext
    private EntityManager em;

    @PostLoad
    void loaded(Promise promise) {
        promise.countedAs(promise.countKey());
    }

    @PostPersist
    void made(Promise promise) {
        PromiseDays.Key key = promise.countKey();
        InFlush.write(em, c -> PromiseDays.add(c, key, 1));
        promise.countedAs(key);
    }

    @PostUpdate
    void changed(Promise promise) {
        PromiseDays.Key before = promise.countedAs();
        PromiseDays.Key after = promise.countKey();
        if (before == null) {
            throw new IllegalStateException("Promise " + promise.getId() + " was written without being read");
        }
        if (!before.equals(after)) {
            InFlush.write(em, c -> {
                PromiseDays.add(c, before, -1);
                PromiseDays.add(c, after, 1);
            });
            promise.countedAs(after);
        }
    }

    @PostRemove
    void removed(Promise promise) {
        PromiseDays.Key key = promise.countedAs() != null ? promise.countedAs() : promise.countKey();
        InFlush.write(em, c -> PromiseDays.add(c, key, -1));
    }
}
