package vn.dangbo.portal.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.admission.CandidateTraining;

/** The admission pipeline's view of the register: the candidates' course a candidate completed (latest). */
@Component
class CandidateCourses implements CandidateTraining {

    private final JdbcClient jdbc;

    CandidateCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Completion> completion(long candidateId) {
        return jdbc.sql("""
                        SELECT c.title, c.ends_on, p.certificate_number
                          FROM training_participant p JOIN training_course c ON c.id = p.course_id
                         WHERE p.candidate_id = :candidate AND p.completed AND c.kind = 'CANDIDATES'
                         ORDER BY c.ends_on DESC LIMIT 1
                        """)
                .param("candidate", candidateId)
                .query((rs, n) -> new Completion(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .optional();
    }

    @Override
    public Set<Long> completedAmong(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT p.candidate_id FROM training_participant p JOIN training_course c ON c.id = p.course_id
                         WHERE p.candidate_id IN (:ids) AND p.completed AND c.kind = 'CANDIDATES'
                        """)
                .param("ids", candidateIds).query(Long.class).list());
    }
}
