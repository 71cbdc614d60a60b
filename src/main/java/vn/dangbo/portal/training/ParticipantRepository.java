package vn.dangbo.portal.training;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByCourseId(long courseId);
}
