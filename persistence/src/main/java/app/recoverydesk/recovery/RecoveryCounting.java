package app.recoverydesk.recovery;

import app.recoverydesk.rollup.Counting;
import app.recoverydesk.rollup.RecoveryDays;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Keeps the report's daily recovery rollup ({@link RecoveryDays}) in step with every recovery written: granted or
 * requested is +1 on its key, a decision -1 on the key it was read under and +1 on the new one.
 */
public class RecoveryCounting extends Counting<Recovery, RecoveryDays.Key> {

    public RecoveryCounting() {
        super(Recovery::countKey, Recovery::countedAs, Recovery::countedAs, RecoveryDays::add);
    }

    @PostLoad
    void onLoad(Recovery e) {
        loaded(e);
    }

    @PostPersist
    void onPersist(Recovery e) {
        written(e);
    }

    @PostUpdate
    void onUpdate(Recovery e) {
        changed(e);
    }

    @PostRemove
    void onRemove(Recovery e) {
        removed(e);
    }
}
