package vn.dangbo.portal.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * <li>a member who sits today on a grassroots inspection committee (committee seat {@code INSPECTION_MEMBER}) keeps
 *     the programmes of that organisation and below it, whatever their role;</li>
 * <li>the member who was the subject reads their own conclusion once it is issued;</li>
 * <li>administrators and committee staff see nothing (unless they were the subject).</li>
 * </ul>
 */
final class InspectionAccess {

    private final PortalUser user;
    private final Scope scope;
    /** The organisation whose inspection committee the user sits on today (materialised path), or null. */
    private final String inspectionCommitteePath;

    InspectionAccess(PortalUser user, Scope scope, String inspectionCommitteePath) {
        this.user = user;
        this.scope = scope;
        this.inspectionCommitteePath = inspectionCommitteePath;
    }

    /** Whether the user keeps whole programmes (lists, statistics), not just their own conclusion. */
    boolean keepsProgrammes() {
        return keepsEverything() || keepsAsSecretary() || inspectionCommitteePath != null;
    }

    private boolean keepsEverything() {
        return user.getRole() == Role.INSPECTOR || user.getRole() == Role.LEADER;
    }

    private boolean keepsAsSecretary() {
        return user.getRole() == Role.SECRETARY && !scope.isSelf();
    }

    private boolean onInspectionCommitteeOf(String programmeUnitPath) {
        return inspectionCommitteePath != null && programmeUnitPath.startsWith(inspectionCommitteePath);
    }

    boolean mayRead(Inspection inspection, String programmeUnitPath) {
        return keeps(programmeUnitPath) || isOwnConclusion(inspection);
    }

    /** Plans, concludes and follows up: the inspection committee, or a secretary over the programme's committee. */
    boolean mayEdit(String programmeUnitPath) {
        return user.getRole() == Role.INSPECTOR || (keepsAsSecretary() && scope.canEdit(programmeUnitPath))
                || onInspectionCommitteeOf(programmeUnitPath);
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

    /**
     * The root (materialised path) of the units the user chooses from when planning: "/" for the bloc's
     * inspection committee and leaders, a secretary's unit, the organisation of the inspection committee
     * the user sits on; null when the user keeps no programme.
     */
    String unitsRoot() {
        if (keepsEverything()) {
            return "/";
        }
        if (keepsAsSecretary()) {
            String pattern = (String) scope.sqlParams().get("scopePath");
            return pattern.substring(0, pattern.length() - 1);
        }
        return inspectionCommitteePath;
    }

    /** Whether units with the path are within the programmes the user keeps. */
    boolean keeps(String programmeUnitPath) {
        return keepsEverything() || (keepsAsSecretary() && scope.covers(programmeUnitPath)) || onInspectionCommitteeOf(programmeUnitPath);
    }

    private boolean isOwnConclusion(Inspection inspection) {
        return user.getMemberId() != null && user.getMemberId().equals(inspection.getSubjectMemberId())
                && inspection.getState() == InspectionState.CONCLUDED;
    }

    /** The list condition over the programme's unit alias {@code pu}, for users who keep programmes. */
    String sqlCondition() {
        checkKeepsProgrammes();
        if (keepsEverything()) {
            return "true";
        }
        List<String> conditions = new ArrayList<>();
        if (keepsAsSecretary()) {
            conditions.add("pu.path LIKE :scopePath");
        }
        if (inspectionCommitteePath != null) {
            conditions.add("pu.path LIKE :inspectionPath");
        }
        return "(" + String.join(" OR ", conditions) + ")";
    }

    Map<String, Object> sqlParams() {
        Map<String, Object> params = new HashMap<>();
        if (!keepsEverything() && keepsAsSecretary()) {
            params.put("scopePath", scope.sqlParams().get("scopePath"));
        }
        if (!keepsEverything() && inspectionCommitteePath != null) {
            params.put("inspectionPath", inspectionCommitteePath + "%");
        }
        return params;
    }
}
