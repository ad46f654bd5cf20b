package app.recoverydesk.webhook;

/** Where one webhook delivery stands. */
public enum DeliveryStatus {
    /** Not yet answered with 2xx; tried again after its backoff. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Given up: the endpoint did not answer 2xx for the whole retry period. */
    FAILED
}
