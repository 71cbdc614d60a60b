package vn.dangbo.portal.pledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PledgeAreaRepository extends JpaRepository<PledgeArea, Long> {

    List<PledgeArea> findByYearOrderByPosition(int year);

    boolean existsByYearAndTitleIgnoreCaseAndIdNot(int year, String title, long exceptId);

    @Query("select max(a.year) from PledgeArea a where a.year < :year")
    Integer findLatestYearBefore(int year);
}
