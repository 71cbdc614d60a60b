package vn.dangbo.portal.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.dangbo.portal.committee.CommitteeOffice;

interface PlanningEntryRepository extends JpaRepository<PlanningEntry, Long> {

    boolean existsByListIdAndMemberIdAndOfficeAndRemovedOnIsNull(long listId, long memberId,
                                                                 CommitteeOffice office);
}
