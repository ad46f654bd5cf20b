package app.recoverydesk.failure;

/** What sort of failure a request met; each interface (API, pages) turns it into its own answer. */
public enum Kind {
    /** The input cannot be accepted as it is; the user can correct it. */
    INVALID,
    /** No such record in the caller's business (whether it exists elsewhere is nobody's business). */
    NOT_FOUND,
    /** The records are not in a state that allows the step, or someone changed them meanwhile. */
    CONFLICT,
    /** The caller did not sign in as this interface requires (the API: a bearer token, never a browser session). */
    UNAUTHENTICATED,
    /** The caller may not take this step. */
    FORBIDDEN,
    /** A file larger than the product keeps. */
    TOO_LARGE,
    /** A file of a type the product does not keep. */
    UNSUPPORTED_TYPE,
    /** Something the product depends on (the database, the sign-in service) is not answering; try again. */
    UNAVAILABLE,
    /** Too many tries from one caller, or with one link, in a short time; the caller may try again later. */
    TOO_MANY_TRIES
}
