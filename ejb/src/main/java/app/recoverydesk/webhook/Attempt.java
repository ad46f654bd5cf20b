package app.recoverydesk.webhook;

/** One delivery taken for a try: what to send, where, and with which secret; read in a transaction, sent outside. */
public record Attempt(long deliveryId, long tenantId, String url, String secret, String eventId, String eventType,
                      String payload) {

    @Override
    public String toString() {
        return "Attempt[delivery " + deliveryId + ", " + eventType + "]"; // never the secret
    }
}
