package app.recoverydesk.recovery;

import app.recoverydesk.rollup.Counting;
import app.recoverydesk.rollup.RecoveryDays;

/**
 * Keeps the report's daily recovery rollup ({@link RecoveryDays}) in step with every recovery written: granted or
 * requested is +1 on its key, a decision -1 on the key it was read under and +1 on the new one.
 */
public class RecoveryCounting extends Counting<Recovery, RecoveryDays.Key> {

    public RecoveryCounting() {
        super(Recovery::countKey, Recovery::countedAs, Recovery::countedAs, RecoveryDays::add);
    }
}
