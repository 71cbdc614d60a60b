package vn.dangbo.portal.gooddeed;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationPageSection;
import vn.dangbo.portal.security.Scope;

/** The good deeds of a member on their profile, and of a unit's subtree on the unit's page. */
final class GoodDeedSections {

    private GoodDeedSections() {
    }

    @Component
    static class OnProfile implements MemberProfileSection {

        private final GoodDeedRepository deeds;

        OnProfile(GoodDeedRepository deeds) {
            this.deeds = deeds;
        }

        record Data(long memberId, List<GoodDeed> deeds, boolean canAdd) {
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String template() {
            return "gooddeed/profile";
        }

        @Override
        public Object load(Member member, Scope scope) {
            List<GoodDeed> list = deeds.findByMemberIdOrderByDeedDateDescIdDesc(member.getId());
            boolean canAdd = scope.canEdit(member.getOrganization().getPath()) && member.getStatus().isCurrent();
            return list.isEmpty() && !canAdd ? null : new Data(member.getId(), list, canAdd);
        }
    }

    @Component
    static class OnUnitPage implements OrganizationPageSection {

        private final JdbcClient jdbc;

        OnUnitPage(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        record Data(long unitId, long individuals, long collectives, boolean canAdd) {
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String template() {
            return "gooddeed/unit";
        }

        @Override
        public Object load(Organization unit, Scope scope) {
            return jdbc.sql("""
                            SELECT count(g.member_id), count(*) - count(g.member_id)
                              FROM good_deed g JOIN organization o ON o.id = g.organization_id WHERE o.path LIKE :prefix
                            """)
                    .param("prefix", unit.getPath() + "%")
                    .query((rs, n) -> new Data(unit.getId(), rs.getLong(1), rs.getLong(2), !unit.isDissolved() && scope.canEdit(unit.getPath())))
                    .single();
        }
    }
}
