package vn.dangbo.portal.rating;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    Optional<Rating> findByRoundIdAndMemberId(long roundId, long memberId);

    Optional<Rating> findByRoundIdAndSubjectAndOrganizationId(long roundId, RatingSubject subject, long organizationId);

    List<Rating> findByIdIn(Collection<Long> ids);
}
