package vn.dangbo.portal.security;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which unit a member administers on a given day: the unit whose committee they sit on as secretary or
 * deputy secretary that day. Implemented by the committee feature, so access follows the real committee
 * without the security module depending on it. One indexed query per call.
 */
public interface SecretaryOffices {

    /** The highest unit (shortest path) where the member is secretary or deputy secretary on the day. */
    Optional<AdministeredUnit> heldBy(long memberId, LocalDate on);

    record AdministeredUnit(long organizationId, String path) {
    }
}
