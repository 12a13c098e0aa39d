package ru.probity.audit;

/** What was done with personal data. */
public enum AccessAction {
    READ,
    CREATE,
    UPDATE,
    DEACTIVATE,
    DELETE,
    IMPORT,
    EXPORT,
    SEARCH,
    LOGIN,
    LOGIN_FAILED,
    LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    /** A request refused for lack of rights (HTTP 403). */
    REFUSED
}
