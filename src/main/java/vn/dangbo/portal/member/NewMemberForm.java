package vn.dangbo.portal.member;

import jakarta.validation.Valid;

/**
 * The new-member form ({@code /members/new}): the register fields plus how the member enters the register
 * ({@code entry}, their first lifecycle event): admitted here (kết nạp), transferred in from outside the
 * bloc, or an existing member's record registered (ghi nhận hồ sơ).
 */
public class NewMemberForm extends MemberForm {

    @Valid
    private MemberEventForm entry = new MemberEventForm(MemberEventKind.ADMISSION);

    public MemberEventForm getEntry() { return entry; }
    public void setEntry(MemberEventForm entry) { this.entry = entry; }
}
