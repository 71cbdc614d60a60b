package vn.dangbo.portal.gooddeed;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GoodDeedRepository extends JpaRepository<GoodDeed, Long> {

    List<GoodDeed> findByMemberIdOrderByDeedDateDescIdDesc(long memberId);
}
