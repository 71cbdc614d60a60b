package vn.dangbo.portal.rating;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findByIdIn(Collection<Long> ids);
}
