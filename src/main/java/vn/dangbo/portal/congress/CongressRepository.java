package vn.dangbo.portal.congress;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CongressRepository extends JpaRepository<Congress, Long> {

    Optional<Congress> findFirstByOrganizationIdOrderByOpensOnDescIdDesc(long organizationId);
}
