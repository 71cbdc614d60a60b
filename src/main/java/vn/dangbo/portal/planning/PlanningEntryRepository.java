package vn.dangbo.portal.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningEntryRepository extends JpaRepository<PlanningEntry, Long> {

    boolean existsByListIdAndMemberIdAndOfficeAndRemovedOnIsNull(long listId, long memberId,
                                                                 vn.dangbo.portal.committee.CommitteeOffice office);
}
