package vn.dangbo.portal.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningListRepository extends JpaRepository<PlanningList, Long> {

    boolean existsByOrganizationIdAndTermStartYear(long organizationId, int termStartYear);
}
