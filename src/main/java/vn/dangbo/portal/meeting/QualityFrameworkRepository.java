package vn.dangbo.portal.meeting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QualityFrameworkRepository extends JpaRepository<QualityFramework, Integer> {

    /** The latest framework before the year, to start a new year's from. */
    Optional<QualityFramework> findFirstByYearLessThanOrderByYearDesc(int year);
}
