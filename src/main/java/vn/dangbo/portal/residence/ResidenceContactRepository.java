package vn.dangbo.portal.residence;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidenceContactRepository extends JpaRepository<ResidenceContact, Long> {
}
