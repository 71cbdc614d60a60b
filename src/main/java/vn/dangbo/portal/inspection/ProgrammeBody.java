package vn.dangbo.portal.inspection;

/** Whose yearly programme an inspection belongs to (chương trình kiểm tra, giám sát). */
public enum ProgrammeBody {
    /** Cấp ủy: the bloc committee or a grassroots committee. */
    COMMITTEE,
    /** Ủy ban Kiểm tra of that committee. */
    INSPECTION_COMMITTEE
}
