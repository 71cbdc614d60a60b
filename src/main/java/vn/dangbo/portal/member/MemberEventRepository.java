package vn.dangbo.portal.member;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberEventRepository extends JpaRepository<MemberEvent, Long> {

    /** A member's history in the order it happened (same-day events in the order recorded). */
    List<MemberEvent> findByMemberIdOrderByEventDateAscIdAsc(long memberId);
}
