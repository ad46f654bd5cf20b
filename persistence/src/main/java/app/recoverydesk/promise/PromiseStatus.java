package app.recoverydesk.promise;

/** Open until kept (on time), late (kept after it was due) or broken (cancelled, or left open when the case closed). */
public enum PromiseStatus {
    OPEN, KEPT, LATE, BROKEN
}
