package vn.dangbo.portal.rating;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRoundRepository extends JpaRepository<RatingRound, Long> {

    Optional<RatingRound> findByYear(int year);

    boolean existsByYear(int year);

    List<RatingRound> findAllByOrderByYearDesc();
}
