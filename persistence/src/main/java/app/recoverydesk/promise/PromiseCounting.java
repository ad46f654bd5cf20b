package app.recoverydesk.promise;

import app.recoverydesk.rollup.Counting;
import app.recoverydesk.rollup.PromiseDays;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Keeps the report's daily promise rollup ({@link PromiseDays}) in step with every promise written: made is +1 on
 * its key; kept, broken or handed over -1 on the key it was read under and +1 on the new one.
 */
public class PromiseCounting extends Counting<Promise, PromiseDays.Key> {

    public PromiseCounting() {
        super(Promise::countKey, Promise::countedAs, Promise::countedAs, PromiseDays::add);
    }

    @PostLoad
    void onLoad(Promise e) {
        loaded(e);
    }

    @PostPersist
    void onPersist(Promise e) {
        written(e);
    }

    @PostUpdate
    void onUpdate(Promise e) {
        changed(e);
    }

    @PostRemove
    void onRemove(Promise e) {
        removed(e);
    }
}
