package vn.dangbo.portal.residence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidenceFeedbackRepository extends JpaRepository<ResidenceFeedback, Long> {

    Optional<ResidenceFeedback> findByMemberIdAndYear(long memberId, int year);
}
