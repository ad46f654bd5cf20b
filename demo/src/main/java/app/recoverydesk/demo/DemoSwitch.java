package app.recoverydesk.demo;

/** What of the demo a start adds: a system property, else an environment variable (the scripts set those). */
enum DemoSwitch {

    DATA("recovery.demo-data", "DEMO_DATA"),
    HISTORY("recovery.demo-history", "DEMO_HISTORY");

    private final String property;
    private final String variable;

    DemoSwitch(String property, String variable) {
        this.property = property;
        this.variable = variable;
    }

    boolean on() {
        return Boolean.parseBoolean(System.getProperty(property, System.getenv(variable)));
    }
}
