package vn.dangbo.portal.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.OrganizationMembers;

/** The member register's answers to the organisation pages (see {@link OrganizationMembers}). */
@Component
class MemberCounts implements OrganizationMembers {

    private static final List<String> CURRENT = MemberStatus.CURRENT.stream().map(Enum::name).toList();

    private final JdbcClient jdbc;

    MemberCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> countCurrentByOrganization(String pathPrefix) {
        return jdbc.sql("""
                        SELECT m.organization_id, count(*) AS members
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :prefix AND m.status IN (:current)
                         GROUP BY m.organization_id
                        """)
                .param("prefix", pathPrefix + "%")
                .param("current", CURRENT)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public long countCurrent(long organizationId) {
        return jdbc.sql("SELECT count(*) FROM member WHERE organization_id = :id AND status IN (:current)")
                .param("id", organizationId).param("current", CURRENT)
                .query(Long.class).single();
    }

    @Override
    public Map<Long, String> fullNames(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, family_name || ' ' || middle_name || ' ' || given_name FROM member WHERE id IN (:ids)")
                .param("ids", memberIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2).replaceAll("\\s+", " ").strip()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
