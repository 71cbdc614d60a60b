package vn.dangbo.portal.inspection;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/**
 * Builds the {@link InspectionAccess} of a request: for a user linked to a member, one indexed query finds the
 * highest organisation whose inspection committee that member sits on today (the committee records).
 */
@Component
class InspectionAccesses {

    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionAccesses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    InspectionAccess of(PortalUser user, Scope scope) {
        boolean needsSeat = user.getMemberId() != null && user.getRole() != Role.INSPECTOR && user.getRole() != Role.LEADER;
        String seatPath = !needsSeat ? null : jdbc.sql("""
                        SELECT o.path FROM committee_position p JOIN organization o ON o.id = p.organization_id
                         WHERE p.member_id = :member AND p.position = :office
                           AND p.starts_on <= :today AND (p.ends_on IS NULL OR p.ends_on >= :today) AND o.dissolved_on IS NULL
                         ORDER BY length(o.path) LIMIT 1
                        """)
                .param("member", user.getMemberId()).param("office", CommitteeOffice.INSPECTION_MEMBER.name())
                .param("today", LocalDate.now(clock))
                .query(String.class).optional().orElse(null);
        return new InspectionAccess(user, scope, seatPath);
    }
}
