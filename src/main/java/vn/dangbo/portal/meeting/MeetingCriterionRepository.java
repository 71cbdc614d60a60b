package vn.dangbo.portal.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingCriterionRepository extends JpaRepository<MeetingCriterion, Long> {

    List<MeetingCriterion> findByYearOrderByPosition(int year);
}
