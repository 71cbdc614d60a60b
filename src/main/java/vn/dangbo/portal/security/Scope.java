package vn.dangbo.portal.security;

import java.util.Map;

import org.springframework.security.access.AccessDeniedException;

/**
 * What the signed-in user may see and change: the whole bloc (admin, staff; leaders read-only), the
 * subtree of the organisation a secretary administers, or only their own member record. Resolved once
 * per request (controllers take it as a parameter) and passed to every query; an id from the URL is
 * always checked against it. Every role-and-scope rule of the portal lives here.
 */
public final class Scope {

    private enum Kind { EVERYTHING, SUBTREE, SELF }

    private final Kind kind;
    private final boolean canEdit;
    private final Long organizationId;
    private final String organizationPath;
    private final Long memberId;

    private Scope(Kind kind, boolean canEdit, Long organizationId, String organizationPath, Long memberId) {
        this.kind = kind;
        this.canEdit = canEdit;
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
        this.memberId = memberId;
    }

    public static Scope everything(boolean canEdit) {
        return new Scope(Kind.EVERYTHING, canEdit, null, null, null);
    }

    /** A secretary's scope: the organisation with the given materialised path and everything below it. */
    public static Scope subtree(long organizationId, String organizationPath) {
        return new Scope(Kind.SUBTREE, true, organizationId, organizationPath, null);
    }

    public static Scope self(long memberId) {
        return new Scope(Kind.SELF, false, null, null, memberId);
    }

    public boolean isEverything() {
        return kind == Kind.EVERYTHING;
    }

    public boolean isSelf() {
        return kind == Kind.SELF;
    }

    /** The root of a secretary's subtree, or null. */
    public Long organizationId() {
        return organizationId;
    }

    /** The signed-in member's own id in a self scope, or null. */
    public Long memberId() {
        return memberId;
    }

    /** Whether the user may edit things inside the scope at all (leaders and members may not). */
    public boolean canEdit() {
        return canEdit;
    }

    /** Whether an organisation (given by its materialised path) is visible. */
    public boolean covers(String path) {
        return switch (kind) {
            case EVERYTHING -> true;
            case SUBTREE -> path != null && path.startsWith(organizationPath);
            case SELF -> false;
        };
    }

    /** Whether a member of the organisation with the given path is visible. */
    public boolean coversMember(long member, String organizationPathOfMember) {
        return kind == Kind.SELF ? memberId == member : covers(organizationPathOfMember);
    }

    public void checkCovers(String path) {
        if (!covers(path)) {
            throw new AccessDeniedException("organisation outside the user's scope");
        }
    }

    public void checkCoversMember(long member, String organizationPathOfMember) {
        if (!coversMember(member, organizationPathOfMember)) {
            throw new AccessDeniedException("member outside the user's scope");
        }
    }

    /** Editing a member or the details of a unit: staff anywhere, a secretary inside their subtree. */
    public boolean canEdit(String path) {
        return canEdit && covers(path);
    }

    /**
     * Creating, moving or dissolving a unit: staff anywhere, a secretary only strictly below the unit
     * they are secretary of (their own unit is changed by the committee above).
     */
    public boolean canRestructure(String path) {
        return switch (kind) {
            case EVERYTHING -> canEdit;
            case SUBTREE -> path != null && path.startsWith(organizationPath) && !path.equals(organizationPath);
            case SELF -> false;
        };
    }

    /** For pages that edit something inside the scope (e.g. a new member form): not for read-only roles. */
    public void checkMayEdit() {
        if (!canEdit) {
            throw new AccessDeniedException("read-only role");
        }
    }

    public void checkCanEdit(String path) {
        if (!canEdit(path)) {
            throw new AccessDeniedException("no right to edit here");
        }
    }

    public void checkCanRestructure(String path) {
        if (!canRestructure(path)) {
            throw new AccessDeniedException("no right to restructure here");
        }
    }

    /**
     * The scope as an SQL condition over a member alias and an organisation alias, with
     * {@link #sqlParams()} as its named parameters.
     */
    public String sqlCondition(String memberAlias, String organizationAlias) {
        return switch (kind) {
            case EVERYTHING -> "true";
            case SUBTREE -> organizationAlias + ".path LIKE :scopePath";
            case SELF -> memberAlias + ".id = :scopeMemberId";
        };
    }

    public Map<String, Object> sqlParams() {
        return switch (kind) {
            case EVERYTHING -> Map.of();
            case SUBTREE -> Map.of("scopePath", organizationPath + "%");
            case SELF -> Map.of("scopeMemberId", memberId);
        };
    }
}
