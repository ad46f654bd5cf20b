package app.recoverydesk.bench;

import java.util.Random;

/** The words and value distributions of generated incidents. Weights are rough shares, not measurements. */
final class Vocabulary {

    static final String[] SUBJECTS = {"Soup", "Main course", "Dessert", "Coffee", "Table", "Reservation", "Room",
        "Breakfast", "Key card", "Check-in", "Shuttle", "Rental car", "Child seat", "Invoice", "Booking"};
    static final String[] PROBLEMS = {"was cold", "arrived late", "was missing", "was dirty", "was overcharged",
        "was broken", "was wrong", "took too long", "was noisy", "was cancelled without notice"};
    static final String[] CONTEXTS = {"during the lunch rush", "on a busy evening", "after a long wait",
        "for a regular guest", "at the counter", "for a family with children", "on a public holiday", ""};
    static final String[] EXPECTATIONS = {"An apology", "A refund", "A free dessert", "A discount next time",
        "A room upgrade", "A replacement car", "A call from the manager"};

    /** Words that occur in generated texts: the full-text searches use them. */
    static final String[] SEARCH_WORDS = {"cold", "late", "missing", "dirty", "overcharged", "broken", "wrong",
        "noisy", "cancelled", "wait", "breakfast", "invoice"};

    static final Weighted SEVERITY = new Weighted(new String[] {"LOW", "MEDIUM", "HIGH", "CRITICAL"},
            new double[] {35, 40, 20, 5});
    // roughly the split the RootCause enum describes: ~20 % staff, 20-30 % customer, the rest the system
    static final Weighted ROOT_CAUSE = new Weighted(new String[] {"EMPLOYEE", "CUSTOMER_EXPECTATION", "PRODUCT",
        "PROCESS", "POLICY", "MARKETING", "THIRD_PARTY"}, new double[] {20, 25, 15, 18, 10, 5, 7});
    static final Weighted CHANNEL = new Weighted(new String[] {"IN_PERSON", "PHONE", "EMAIL", "WEB", "SOCIAL"},
            new double[] {55, 15, 12, 12, 6});
    static final String[] STATUSES = {"OPEN", "RECOVERING", "AWAITING_APPROVAL", "RESOLVED", "CLOSED", "REOPENED"};
    // the last month still has open cases; older ones are almost all closed
    static final Weighted STATUS_RECENT = new Weighted(STATUSES, new double[] {30, 20, 10, 25, 12, 3});
    static final Weighted STATUS_OLD = new Weighted(STATUSES, new double[] {2, 1, 1, 22, 72, 2});
    // hour of day (UTC) an incident occurs: lunch and dinner peaks
    static final Weighted HOUR = new Weighted(new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"},
            new double[] {1, 1, 1, 1, 1, 1, 2, 4, 6, 7, 8, 10, 12, 11, 8, 7, 8, 10, 12, 11, 8, 5, 3, 2});

    private Vocabulary() {
    }

    static String whatHappened(Random r) {
        String context = CONTEXTS[r.nextInt(CONTEXTS.length)];
        return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + PROBLEMS[r.nextInt(PROBLEMS.length)]
                + (context.isEmpty() ? "" : " " + context) + ".";
    }

    /** Picks from values by weight (cumulative table; a few entries, so a linear scan). */
    record Weighted(String[] values, double[] cumulative) {
        Weighted {
            double[] sums = new double[cumulative.length];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += cumulative[i];
                sums[i] = sum;
            }
            cumulative = sums;
        }

        String pick(Random r) {
            return values[index(r)];
        }

        int index(Random r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length - 1; i++) {
                if (x < cumulative[i]) {
                    return i;
                }
            }
            return cumulative.length - 1;
        }
    }
}
