package vn.dangbo.portal.badge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BadgeAwardRepository extends JpaRepository<BadgeAward, Long> {

    List<BadgeAward> findByMemberIdOrderByYearsAsc(long memberId);
}
