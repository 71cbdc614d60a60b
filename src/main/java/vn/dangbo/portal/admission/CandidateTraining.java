package vn.dangbo.portal.admission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a candidate completed the course on the Party (lớp bồi dưỡng nhận thức về Đảng) in the training
 * register. Implemented by the training feature, so admission does not depend on it. A candidate's file is
 * complete on this step when the register shows the course completed, or when the cell entered the date
 * and certificate of a course held outside the register.
 */
public interface CandidateTraining {

    Optional<Completion> completion(long candidateId);

    /** Those of the candidates whose course the register shows completed (one query, for lists). */
    Set<Long> completedAmong(Collection<Long> candidateIds);

    /** The course completed: its title, last day and the certificate number (may be null). */
    record Completion(String courseTitle, LocalDate completedOn, String certificateNumber) {
    }
}
