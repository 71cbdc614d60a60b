package vn.dangbo.portal.member;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.OrganizationMembers.MemberChoice;

/** Members to choose from on other features' forms (e.g. the two official members who sponsor a candidate). */
@Component
public class MemberChoices {

    private final JdbcClient jdbc;

    MemberChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Official members of the subtree with the given path, in name order. */
    public List<MemberChoice> officialUnder(String path) {
        return jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name, o.name
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :prefix AND m.status = 'OFFICIAL'
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                        """)
                .param("prefix", path + "%")
                .query((rs, n) -> new MemberChoice(rs.getLong(1), rs.getString(2).replaceAll("\\s+", " ").strip(), rs.getString(3)))
                .list();
    }

    /** Whether every one of the members is an official member of the subtree with the given path. */
    public boolean allOfficialUnder(Collection<Long> memberIds, String path) {
        return memberIds.isEmpty() || jdbc.sql("""
                        SELECT count(*) FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.id IN (:ids) AND o.path LIKE :prefix AND m.status = 'OFFICIAL'
                        """)
                .param("ids", memberIds).param("prefix", path + "%")
                .query(Long.class).single() == memberIds.size();
    }
}
