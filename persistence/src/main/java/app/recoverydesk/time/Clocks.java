package app.recoverydesk.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one source of "now": services and beans inject {@code Clock} instead of asking the system, so
 * that a test can hand them a fixed one (domain objects take a {@code Clock} or an {@code Instant} as argument).
 * Lives with the entities so that every module can inject it.
 */
@ApplicationScoped
public class Clocks {

    /** Dependent: {@code Clock} is a JDK class and needs no proxy; the system clock is one immutable object. */
    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
