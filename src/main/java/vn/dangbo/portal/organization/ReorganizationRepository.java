package vn.dangbo.portal.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReorganizationRepository extends JpaRepository<Reorganization, Long> {
}
