package app.recoverydesk.event;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One worker's passes over what is due, one at a time on a node: a call while a pass runs is not lost but makes
 * the running one look once more, so a nudge after a commit never waits for the next timer.
 */
public final class Drain {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public void run(Runnable pass) {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    pass.run();
                }
            } finally {
                running.set(false);
            }
        }
    }
}
