package app.recoverydesk.incident;

/**
 * Where a service failure really comes from. About 20 % of unhappy customers are caused by employees,
 * 20–30 % by the customer's own mistakes or expectations and about 60 % by products, processes, policies
 * and marketing that work as designed: the reports compare the tenant's split with that benchmark.
 */
public enum RootCause {
    EMPLOYEE, CUSTOMER_EXPECTATION, PRODUCT, PROCESS, POLICY, MARKETING, THIRD_PARTY
}
