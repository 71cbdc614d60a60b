package vn.dangbo.portal.discipline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisciplineRecordRepository extends JpaRepository<DisciplineRecord, Long> {

    List<DisciplineRecord> findByMemberIdOrderByDecisionDateDescIdDesc(long memberId);

    /** {@code memberIds} as a {@code bigint[]} literal ({@code web.SqlArrays}): the badge list asks for a hundred thousand members. */
    @Query(value = """
            SELECT r.* FROM discipline_record r
             WHERE r.member_id = ANY(CAST(:memberIds AS bigint[])) AND r.decision_date BETWEEN :from AND :to
             ORDER BY r.decision_date, r.id""", nativeQuery = true)
    List<DisciplineRecord> findByMembersBetween(String memberIds, LocalDate from, LocalDate to);
}
