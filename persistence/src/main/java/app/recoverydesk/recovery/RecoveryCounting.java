package app.recoverydesk.recovery;

import app.recoverydesk.rollup.InFlush;
import app.recoverydesk.rollup.RecoveryDays;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Keeps the report's daily recovery rollup ({@link RecoveryDays}) in step with every recovery written, in the flush:
 * granted or requested is +1 on its key, a decision -1 on the key it was read under and +1 on the new one.
 */
public class RecoveryCounting {

    @PersistenceContext
    private EntityManager em;

    @PostLoad
    void loaded(Recovery recovery) {
        recovery.countedAs(recovery.countKey());
    }

    @PostPersist
    void requested(Recovery recovery) {
        RecoveryDays.Key key = recovery.countKey();
        InFlush.write(em, c -> RecoveryDays.add(c, key, 1));
        recovery.countedAs(key);
    }

    @PostUpdate
    void changed(Recovery recovery) {
        RecoveryDays.Key before = recovery.countedAs();
        RecoveryDays.Key after = recovery.countKey();
        if (before == null) {
            throw new IllegalStateException("Recovery " + recovery.getId() + " was written without being read");
        }
        if (!before.equals(after)) {
            InFlush.write(em, c -> {
                RecoveryDays.add(c, before, -1);
                RecoveryDays.add(c, after, 1);
            });
            recovery.countedAs(after);
        }
    }

    @PostRemove
    void removed(Recovery recovery) {
        RecoveryDays.Key key = recovery.countedAs() != null ? recovery.countedAs() : recovery.countKey();
        InFlush.write(em, c -> RecoveryDays.add(c, key, -1));
    }
}
