package vn.dangbo.portal.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationRepository extends JpaRepository<Violation, Long> {

    List<Violation> findByInspectionIdOrderByIdAsc(long inspectionId);
}
