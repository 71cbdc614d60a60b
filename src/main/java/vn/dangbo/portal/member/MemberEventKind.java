package vn.dangbo.portal.member;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The events of a member's Party life (domain.md "Members"), each with the statuses it may follow. A
 * status not listed is a transition the lifecycle refuses (an expelled member cannot be transferred, a
 * deceased one cannot be made official …). {@code fromNew} marks the events that start a record.
 */
public enum MemberEventKind {
    /** Ghi nhận hồ sơ: a member already in the bloc, entered into the register (or imported). */
    REGISTRATION(true, Set.of()),
    /** Kết nạp: admitted, probationary for 12 months from the ceremony; also a re-admission after xóa tên. */
    ADMISSION(true, EnumSet.of(MemberStatus.REMOVED)),
    /** Chuyển chính thức: only once the 12 months of probation are over. */
    OFFICIAL(false, EnumSet.of(MemberStatus.PROBATIONARY)),
    /** Xóa tên: also ends the probation of a member found unfit (probation is never extended). */
    NAME_REMOVAL(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT)),
    /** Chuyển sinh hoạt tạm thời (study, secondment): the member stays in the cell's register. */
    TEMPORARY_TRANSFER(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL)),
    /** Kết thúc sinh hoạt tạm thời. */
    TEMPORARY_TRANSFER_END(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT)),
    /** Chuyển sinh hoạt đến chi bộ khác trong Đảng bộ Khối. */
    TRANSFER_INTERNAL(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT)),
    /** Chuyển sinh hoạt ra ngoài Đảng bộ Khối (incl. to the place of residence on retirement). */
    TRANSFER_OUT(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT)),
    /** Chuyển sinh hoạt đến từ ngoài Đảng bộ Khối (a new record, or a member coming back). */
    TRANSFER_IN(true, EnumSet.of(MemberStatus.TRANSFERRED_OUT)),
    /** Miễn sinh hoạt, miễn công tác (old age, illness): listed, not rated. */
    EXEMPTION(false, EnumSet.of(MemberStatus.OFFICIAL)),
    /** Thôi miễn sinh hoạt. */
    EXEMPTION_END(false, EnumSet.of(MemberStatus.EXEMPT)),
    /** Từ trần. */
    DEATH(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT)),
    /** Khai trừ: recorded with the discipline record that decides it. */
    EXPULSION(false, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT));

    /** The ways a new record enters the register (the member form offers these). */
    public static final List<MemberEventKind> ENTRIES = List.of(ADMISSION, TRANSFER_IN, REGISTRATION);

    private final boolean fromNew;
    private final Set<MemberStatus> allowedFrom;

    MemberEventKind(boolean fromNew, Set<MemberStatus> allowedFrom) {
        this.fromNew = fromNew;
        this.allowedFrom = allowedFrom;
    }

    /** Whether the event may follow the status ({@code null}: the member is not yet in the register). */
    public boolean allowedAfter(MemberStatus status) {
        return status == null ? fromNew : allowedFrom.contains(status);
    }

    /** The event needs a decision number (quyết định). */
    public boolean needsDecision() {
        return this == ADMISSION || this == OFFICIAL || this == NAME_REMOVAL || this == EXPULSION;
    }

    /** The event names the Party organisation outside the bloc the member goes to or comes from. */
    public boolean needsCounterpart() {
        return this == TRANSFER_OUT || this == TRANSFER_IN || this == TEMPORARY_TRANSFER;
    }

    /** The event puts the member in a (new) cell chosen on the form. */
    public boolean needsCell() {
        return this == TRANSFER_INTERNAL || this == TRANSFER_IN;
    }

    /** Recorded on the member's own page (expulsion comes with its discipline record instead). */
    public boolean recordedOnProfile() {
        return this != REGISTRATION && this != EXPULSION;
    }
}
