package vn.dangbo.portal.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {
}
