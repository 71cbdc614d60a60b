package vn.dangbo.portal.pledge;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    Optional<Pledge> findByMemberIdAndYear(long memberId, int year);

    boolean existsByYear(int year);
}
