package app.recoverydesk.feedback;

import app.recoverydesk.failure.TooManyTriesException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the public feedback page from being a way to guess links: an address whose links failed (unknown, used,
 * expired) too often in a window is refused before any lookup, and so is a link tried too often. Only failures
 * count against an address, so that many customers behind one address still get through. Links are counted by
 * their hash: the token itself is a credential and is kept nowhere.
 * <p>
 * FEEDBACK_FAILURES_PER_ADDRESS (20), FEEDBACK_TRIES_PER_LINK (30), FEEDBACK_TRIES_WINDOW_SECONDS (600). The
 * counts are per server.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedbackTries {

    @Inject
    private Clock clock;

    private TryWindow failuresByAddress;
    private TryWindow triesByLink;

    public FeedbackTries() {
        // the container's; the windows are opened once the clock is injected
    }

    FeedbackTries(int failuresPerAddress, int triesPerLink, Duration window, Clock clock) {
        open(failuresPerAddress, triesPerLink, window, clock);
    }

    @PostConstruct
    void open() {
        open(setting("FEEDBACK_FAILURES_PER_ADDRESS", 20), setting("FEEDBACK_TRIES_PER_LINK", 30),
                Duration.ofSeconds(setting("FEEDBACK_TRIES_WINDOW_SECONDS", 600)), clock);
    }

    private void open(int failuresPerAddress, int triesPerLink, Duration window, Clock clock) {
        failuresByAddress = new TryWindow(failuresPerAddress, window, clock);
        triesByLink = new TryWindow(triesPerLink, window, clock);
    }

    /** Before a link is looked up: counts the try of the link, or refuses it with the wait. */
    public void admit(String address, String token) {
        Optional<Duration> refused = failuresByAddress.refusal(address);
        String link = Tokens.wellFormed(token) ? Tokens.hash(token) : null;
        if (refused.isEmpty() && link != null) {
            refused = triesByLink.refusal(link);
        }
        if (refused.isPresent()) {
            throw new TooManyTriesException(refused.get());
        }
        if (link != null) {
            triesByLink.count(link);
        }
    }

    /** After a try whose link could not be used. */
    public void failed(String address) {
        failuresByAddress.count(address);
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
