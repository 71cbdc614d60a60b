package vn.dangbo.portal.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonthlySelfAssessmentRepository extends JpaRepository<MonthlySelfAssessment, Long> {

    @Query("select a from MonthlySelfAssessment a where a.pledge.id = :pledgeId order by a.month")
    List<MonthlySelfAssessment> findByPledge(long pledgeId);

    @Query("select a from MonthlySelfAssessment a where a.pledge.id = :pledgeId and a.month = :month")
    Optional<MonthlySelfAssessment> findByPledgeAndMonth(long pledgeId, int month);

    /** Entries with their pledge, for review (one statement however many). */
    @Query("select a from MonthlySelfAssessment a join fetch a.pledge where a.id in :ids")
    List<MonthlySelfAssessment> findWithPledge(Collection<Long> ids);
}
