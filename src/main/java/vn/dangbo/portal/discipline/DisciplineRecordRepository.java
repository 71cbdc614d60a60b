package vn.dangbo.portal.discipline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRecordRepository extends JpaRepository<DisciplineRecord, Long> {

    List<DisciplineRecord> findByMemberIdOrderByDecisionDateDescIdDesc(long memberId);

    List<DisciplineRecord> findByMemberIdInAndDecisionDateBetweenOrderByDecisionDateAscIdAsc(Collection<Long> memberIds,
                                                                                              LocalDate from, LocalDate to);
}
