package vn.dangbo.portal.breakthrough;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreakthroughTaskRepository extends JpaRepository<BreakthroughTask, Long> {
}
