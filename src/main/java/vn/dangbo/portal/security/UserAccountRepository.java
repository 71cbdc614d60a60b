package vn.dangbo.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByMemberId(Long memberId);

    List<UserAccount> findByUsernameInOrderById(Collection<String> usernames);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByOrganizationIdIn(Collection<Long> organizationIds);
}
