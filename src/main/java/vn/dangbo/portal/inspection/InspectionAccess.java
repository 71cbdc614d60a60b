package vn.dangbo.portal.inspection;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;

import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/**
 * Who may see an inspection file (hồ sơ kiểm tra, giám sát) — stricter than the rest of the portal:
 * <ul>
 * <li>the bloc inspection committee ({@link Role#INSPECTOR}) keeps every file;</li>
 * <li>the bloc standing committee ({@link Role#LEADER}) reads every file, as the decider above all programmes;</li>
 * <li>a secretary keeps the programmes of the committee they lead and of the committees below it (their subtree),
 *     never the bloc's files about their own unit;</li>
 * <li>the member who was the subject reads their own conclusion once it is issued;</li>
 * <li>administrators and committee staff see nothing (unless they were the subject).</li>
 * </ul>
 */
final class InspectionAccess {

    private final PortalUser user;
    private final Scope scope;

    InspectionAccess(PortalUser user, Scope scope) {
        this.user = user;
        this.scope = scope;
    }

    /** Whether the user keeps whole programmes (lists, statistics), not just their own conclusion. */
    boolean keepsProgrammes() {
        return switch (user.getRole()) {
            case INSPECTOR, LEADER -> true;
            case SECRETARY -> !scope.isSelf();
            default -> false;
        };
    }

    boolean mayRead(Inspection inspection, String programmeUnitPath) {
        return keeps(programmeUnitPath) || isOwnConclusion(inspection);
    }

    /** Plans, concludes and follows up: the inspection committee, or a secretary over the programme's committee. */
    boolean mayEdit(String programmeUnitPath) {
        return switch (user.getRole()) {
            case INSPECTOR -> true;
            case SECRETARY -> scope.canEdit(programmeUnitPath);
            default -> false;
        };
    }

    void checkMayEdit(String programmeUnitPath) {
        if (!mayEdit(programmeUnitPath)) {
            throw new AccessDeniedException("no right to keep this inspection programme");
        }
    }

    void checkKeepsProgrammes() {
        if (!keepsProgrammes()) {
            throw new AccessDeniedException("inspection programmes are for the inspection committee and the deciders above");
        }
    }

    private boolean keeps(String programmeUnitPath) {
        return keepsProgrammes() && scope.covers(programmeUnitPath);
    }

    private boolean isOwnConclusion(Inspection inspection) {
        return user.getMemberId() != null && user.getMemberId().equals(inspection.getSubjectMemberId())
                && inspection.getState() == InspectionState.CONCLUDED;
    }

    /** The list condition over the programme's unit alias {@code pu}, for users who keep programmes. */
    String sqlCondition() {
        checkKeepsProgrammes();
        return scope.isEverything() ? "true" : "pu.path LIKE :scopePath";
    }

    Map<String, Object> sqlParams() {
        Map<String, Object> params = new HashMap<>();
        if (!scope.isEverything()) {
            params.put("scopePath", scope.sqlParams().get("scopePath"));
        }
        return params;
    }
}
