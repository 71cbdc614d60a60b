package vn.dangbo.portal.admission;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a candidate completed the course on the Party (lớp bồi dưỡng nhận thức về Đảng) in the training
 * register. Implemented by the training feature, so admission does not depend on it. A candidate's file is
 * complete on this step when the register shows the course completed, or when the cell entered the date
 * and certificate of a course held outside the register.
 */
public interface CandidateTraining {

    Optional<Completion> completion(long candidateId);

    /** The course completed: its title, last day and the certificate number (may be null). */
    record Completion(String courseTitle, LocalDate completedOn, String certificateNumber) {
    }
}
