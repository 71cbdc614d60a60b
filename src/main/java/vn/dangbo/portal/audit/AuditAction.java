package vn.dangbo.portal.audit;

/** What an audit event records. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_LOCKED,
    LOGOUT,
    ACCESS_DENIED,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    /** Reading a sensitive file (inspection conclusions, cadre-planning lists). */
    VIEW,
    IMPORT,
    DEMO_LOADED
}
