package app.recoverydesk.event;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One worker's passes over what is due, one at a time on a node: a call while a pass runs is not lost but makes
 * the running one look once more, so a nudge after a commit never waits for the next timer.
 */
public final class Drain {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /**
     * Asks for one more pass without starting one: true where no pass runs to take the request, so the caller has
     * to start one ({@link #run}). Under load a pass nearly always runs, and a commit then costs no thread hand-off.
     */
    public boolean ask() {
        again.set(true);
        return !running.get(); // a runner clears running before it looks at again once more: no request is lost
    }

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
