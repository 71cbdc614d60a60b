package vn.dangbo.portal.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    /** A member with their cell, in one statement, for the profile and the edit form. */
    @Query("select m from Member m join fetch m.organization where m.id = :id")
    Optional<Member> findWithOrganization(long id);

    @Query("select count(m) > 0 from Member m where m.partyCardNumber = :number and m.id <> :exceptId")
    boolean existsPartyCardNumber(String number, long exceptId);
}
