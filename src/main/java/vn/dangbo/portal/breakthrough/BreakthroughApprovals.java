package vn.dangbo.portal.breakthrough;

import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Who registers a breakthrough task and who approves it (domain.md "Who does what"). A member registers
 * their own; a unit's task is registered by its secretary (or by the bloc committee staff on its behalf).
 * The grassroots committee (the secretary of the đảng bộ cơ sở, or of the chi bộ cơ sở) approves the
 * tasks of its sub-cells and of its members; the bloc standing committee (a leader account) approves the
 * tasks of the bloc and of the grassroots organisations, the own tasks of standing-committee members, and
 * those of a grassroots secretary. Nobody approves a task they registered or that is their own: a
 * leader's own task is recorded by another leader.
 */
@Component
class BreakthroughApprovals {

    private final JdbcClient jdbc;

    BreakthroughApprovals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The approving body of a task. */
    record Approver(boolean leadership, Long unitId, String unitName) {

        static final Approver LEADERSHIP = new Approver(true, null, null);
    }

    TaskOwner owner(BreakthroughTask task) {
        return owner(task.getOrganizationId(), task.getMemberId());
    }

    TaskOwner owner(long unitId, Long memberId) {
        return jdbc.sql("""
                        SELECT o.id, o.kind, o.path, o.name, o.secretary_member_id,
                               p.id AS parent_id, p.name AS parent_name,
                               p.secretary_member_id AS parent_secretary_id,
                               (SELECT m.family_name || ' ' || m.middle_name || ' ' || m.given_name
                                  FROM member m WHERE m.id = CAST(:member AS bigint)) AS member_name,
                               EXISTS (SELECT 1 FROM user_account u
                                        WHERE u.member_id = CAST(:member AS bigint) AND u.role = 'LEADER') AS member_is_leader
                          FROM organization o
                          LEFT JOIN organization p ON p.id = o.parent_id
                         WHERE o.id = :unit
                        """)
                .param("unit", unitId).param("member", memberId)
                .query((rs, n) -> new TaskOwner(rs.getLong("id"), OrganizationKind.valueOf(rs.getString("kind")),
                        rs.getString("path"), rs.getString("name"), rs.getObject("secretary_member_id", Long.class),
                        rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getObject("parent_secretary_id", Long.class), memberId,
                        rs.getString("member_name") == null ? null : rs.getString("member_name").replaceAll("\\s+", " ").strip(),
                        rs.getBoolean("member_is_leader")))
                .optional().orElseThrow(NotFound::new);
    }

    Approver approverOf(TaskOwner owner) {
        if (!owner.isPersonal()) {
            return owner.unitKind() == OrganizationKind.SUB_CELL
                    ? new Approver(false, owner.parentId(), owner.parentName())
                    : Approver.LEADERSHIP;
        }
        if (owner.memberIsLeader()) {
            return Approver.LEADERSHIP;
        }
        boolean subCell = owner.unitKind() == OrganizationKind.SUB_CELL;
        Long grassrootsSecretary = subCell ? owner.parentSecretaryId() : owner.unitSecretaryId();
        if (Objects.equals(grassrootsSecretary, owner.memberId())) {
            return Approver.LEADERSHIP;
        }
        return subCell ? new Approver(false, owner.parentId(), owner.parentName())
                : new Approver(false, owner.unitId(), owner.unitName());
    }

    boolean mayApprove(BreakthroughTask task, TaskOwner owner, Scope scope, PortalUser user) {
        if (Objects.equals(task.getRegisteredByUserId(), user.getId())
                || (user.getMemberId() != null && Objects.equals(user.getMemberId(), task.getMemberId()))) {
            return false;
        }
        Approver approver = approverOf(owner);
        return approver.leadership() ? user.getRole() == Role.LEADER
                : scope.canEdit() && Objects.equals(scope.organizationId(), approver.unitId());
    }

    /** The owner's side: the member for their own task; the unit's secretary, or the bloc staff, for a unit's. */
    static boolean mayWorkOn(TaskOwner owner, Scope scope, PortalUser user) {
        if (owner.isPersonal()) {
            return Objects.equals(user.getMemberId(), owner.memberId());
        }
        return mayRegisterFor(owner.unitId(), scope);
    }

    /** Whether the user may register a task for the unit. */
    static boolean mayRegisterFor(long unitId, Scope scope) {
        return scope.canEdit() && (scope.isEverything() || Objects.equals(scope.organizationId(), unitId));
    }

    /** Whether the user may read the task: its owner side, or anyone whose scope covers it (drafts only the owner side). */
    static boolean mayRead(BreakthroughTask task, TaskOwner owner, Scope scope, PortalUser user) {
        if (mayWorkOn(owner, scope, user)) {
            return true;
        }
        if (task.getState() == TaskState.DRAFT) {
            return false;
        }
        return owner.isPersonal() ? scope.coversMember(owner.memberId(), owner.unitPath()) : scope.covers(owner.unitPath());
    }
}
