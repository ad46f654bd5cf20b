package app.recoverydesk.initiative;

/** What a fix consists of: a change of system or process, of policy, or staff training. */
public enum ItemKind {
    SYSTEM_PROCESS, POLICY, TRAINING
}
