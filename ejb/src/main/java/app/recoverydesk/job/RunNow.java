package app.recoverydesk.job;

import java.util.Optional;

/**
 * Asks the job of this name for one pass now, on the caller's thread (fired synchronously; the job that has the
 * name runs and answers its pass). Such a pass may run beside the job's timer, as on two nodes: every job is safe
 * to run twice at once.
 */
public final class RunNow {

    private final String job;
    private JobPass pass;

    public RunNow(String job) {
        this.job = job;
    }

    public boolean is(String name) {
        return job.equals(name);
    }

    public void ran(JobPass pass) {
        this.pass = pass;
    }

    public Optional<JobPass> pass() {
        return Optional.ofNullable(pass);
    }
}
