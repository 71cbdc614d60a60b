package vn.dangbo.portal.congress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByCongressIdOrderByPositionAscIdAsc(long congressId);

    boolean existsByCongressIdAndPositionAndIdNot(long congressId, int position, long id);
}
