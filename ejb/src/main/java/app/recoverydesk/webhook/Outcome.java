package app.recoverydesk.webhook;

/** What one try got: a 2xx, another status, or no answer at all ({@code statusCode} null, {@code error} says why). */
public record Outcome(Integer statusCode, String error) {

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300 && error == null;
    }

    public static Outcome answered(int statusCode) {
        return statusCode >= 200 && statusCode < 300 ? new Outcome(statusCode, null)
                : new Outcome(statusCode, "HTTP " + statusCode);
    }

    public static Outcome noAnswer(String error) {
        return new Outcome(null, error);
    }
}
