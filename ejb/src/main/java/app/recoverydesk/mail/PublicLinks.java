package app.recoverydesk.mail;

/**
 * Addresses of the application as a customer or a staff member opens them from a mail: under {@code PUBLIC_URL}
 * (the address the application is reached at, e.g. https://desk.example.com; http://localhost:8080 by default).
 */
public final class PublicLinks {

    private PublicLinks() {
    }

    public static String base() {
        String url = System.getenv("PUBLIC_URL");
        String base = url == null || url.isBlank() ? "http://localhost:8080" : url.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The customer's feedback page for a token. */
    public static String feedback(String token) {
        return base() + feedbackPath(token);
    }

    /** The feedback page's path and query for a token, below whichever address the link is given under. */
    public static String feedbackPath(String token) {
        return "/feedback/answer.xhtml?t=" + token;
    }

    /** A case's page for staff. */
    public static String incident(long incidentId) {
        return base() + "/incidents/view.xhtml?id=" + incidentId;
    }
}
