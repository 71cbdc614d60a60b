package vn.dangbo.portal.pledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.web.NotFound;
import vn.dangbo.portal.web.SqlArrays;

/** Reads members with their cell and the unit above it, in one statement however many. */
@Component
class PledgeMembers {

    private final JdbcClient jdbc;

    PledgeMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PledgeMember get(long memberId) {
        PledgeMember member = getAll(List.of(memberId)).get(memberId);
        if (member == null) {
            throw new NotFound();
        }
        return member;
    }

    Map<Long, PledgeMember> getAll(Collection<Long> memberIds) {
        return jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, m.status,
                               m.birth_date, m.admission_date, m.job_title,
                               c.id AS cell_id, c.name AS cell_name, c.kind AS cell_kind, c.path AS cell_path,
                               c.secretary_member_id, p.id AS parent_id, p.name AS parent_name
                          FROM member m
                          JOIN organization c ON c.id = m.organization_id
                          LEFT JOIN organization p ON p.id = c.parent_id
                         WHERE m.id = ANY(CAST(:ids AS bigint[]))
                        """)
                .param("ids", SqlArrays.bigints(memberIds))
                .query((rs, n) -> new PledgeMember(rs.getLong("id"), rs.getString("full_name").replaceAll("\\s+", " ").strip(),
                        MemberStatus.valueOf(rs.getString("status")), rs.getObject("birth_date", LocalDate.class),
                        rs.getObject("admission_date", LocalDate.class), rs.getString("job_title"),
                        rs.getLong("cell_id"), rs.getString("cell_name"), OrganizationKind.valueOf(rs.getString("cell_kind")),
                        rs.getString("cell_path"), rs.getObject("secretary_member_id", Long.class),
                        rs.getObject("parent_id", Long.class), rs.getString("parent_name")))
                .list().stream().collect(Collectors.toMap(PledgeMember::id, Function.identity()));
    }
}
