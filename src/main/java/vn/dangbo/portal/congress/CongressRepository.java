package vn.dangbo.portal.congress;

import org.springframework.data.jpa.repository.JpaRepository;

interface CongressRepository extends JpaRepository<Congress, Long> {
}
