package vn.dangbo.portal.committee;

import java.util.EnumSet;
import java.util.Set;

import vn.dangbo.portal.organization.OrganizationKind;

/** A seat in a Party committee (chức vụ trong cấp ủy), in the order they are listed. */
public enum CommitteeOffice {
    /** Bí thư. */
    SECRETARY,
    /** Phó Bí thư. */
    DEPUTY_SECRETARY,
    /** Ủy viên Ban Thường vụ. */
    STANDING_MEMBER,
    /** Ủy viên Ban Chấp hành / chi ủy viên. */
    COMMITTEE_MEMBER,
    /** Ủy viên Ủy ban Kiểm tra. */
    INSPECTION_MEMBER;

    /**
     * Secretary and deputy secretary administer the unit in the portal: the deputy stands in for the
     * secretary (chairs meetings, reviews members' entries), so both get the unit's subtree.
     */
    public boolean administersUnit() {
        return this == SECRETARY || this == DEPUTY_SECRETARY;
    }

    /** The offices of the same body (the executive committee, or the inspection committee): one seat per person in each. */
    public Set<CommitteeOffice> body() {
        return this == INSPECTION_MEMBER ? EnumSet.of(INSPECTION_MEMBER) : EnumSet.complementOf(EnumSet.of(INSPECTION_MEMBER));
    }

    /** A cell (chi bộ) elects a secretary, a deputy and cell committee members: no standing or inspection committee. */
    public boolean allowedIn(OrganizationKind kind) {
        return !kind.isCell() || (this != STANDING_MEMBER && this != INSPECTION_MEMBER);
    }
}
