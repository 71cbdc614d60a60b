package vn.dangbo.portal.discipline;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.security.Scope;

/** The discipline records on a member's profile, with "record a decision" for those who may edit the member. */
@Component
class DisciplineSection implements MemberProfileSection {

    private final DisciplineRecords records;

    DisciplineSection(DisciplineRecords records) {
        this.records = records;
    }

    record Data(long memberId, List<DisciplineRecord> records, boolean canRecord) {
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "discipline/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        List<DisciplineRecord> list = records.of(member.getId());
        boolean canRecord = scope.canEdit(member.getOrganization().getPath()) && member.getStatus().isCurrent();
        return list.isEmpty() && !canRecord ? null : new Data(member.getId(), list, canRecord);
    }
}
