package app.recoverydesk.recovery;

/** Kinds of remedy a tenant's catalogue offers. */
public enum OptionType {
    REFUND, COMP, VOUCHER, UPGRADE, REIMBURSEMENT, REPLACEMENT, GOODWILL, APOLOGY_CALL
}
