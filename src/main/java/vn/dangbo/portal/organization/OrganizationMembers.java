package vn.dangbo.portal.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    /** Current members of the subtree with the given path (the members a split assigns to the new cells). */
    List<MemberChoice> currentMembersUnder(String path);

    /** Current members per organisation on a past date (from the members' history), for units under the path prefix. */
    Map<Long, Long> countByOrganizationOn(String pathPrefix, LocalDate date);

    /** How many members of the cells have an event dated after the date (a reorganisation cannot predate them). */
    long countWithEventsAfter(Collection<Long> cellIds, LocalDate date);

    /**
     * Moves the members of a cell on the reorganisation's effective date — all of them, or only
     * {@code onlyMembers} when not null — to another cell, each with a transfer event; returns how many moved.
     */
    int transferMembers(long fromCell, Collection<Long> onlyMembers, long toCell, Reorganization reorganization);

    record MemberChoice(long id, String fullName, String cellName) {
    }
}
