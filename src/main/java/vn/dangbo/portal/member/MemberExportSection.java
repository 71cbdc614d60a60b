package vn.dangbo.portal.member;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationPageSection;
import vn.dangbo.portal.security.Scope;

/** On a unit's page: export the members of the unit and its subtree, with chosen columns. */
@Component
class MemberExportSection implements OrganizationPageSection {

    record Data(long unitId, List<MemberColumn> columns) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "member/export";
    }

    @Override
    public Object load(Organization unit, Scope scope) {
        return new Data(unit.getId(), MemberColumn.EXPORTABLE);
    }
}
