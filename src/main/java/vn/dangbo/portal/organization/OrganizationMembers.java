package vn.dangbo.portal.organization;

import java.util.Collection;
import java.util.Map;

/**
 * What the organisation pages need to know about members. Implemented by the member register, so the
 * organisation feature does not depend on it.
 */
public interface OrganizationMembers {

    /** Current members (probationary, official, exempt) per organisation id, for units under the path prefix. */
    Map<Long, Long> countCurrentByOrganization(String pathPrefix);

    /** Current members directly in the unit. */
    long countCurrent(long organizationId);

    /** Full names by member id. */
    Map<Long, String> fullNames(Collection<Long> memberIds);
}
