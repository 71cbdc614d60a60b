package vn.dangbo.portal.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByInspectionIdOrderByDueOnAscIdAsc(long inspectionId);
}
