package vn.dangbo.portal.meeting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingAssessmentRepository extends JpaRepository<MeetingAssessment, Long> {

    /** Whether a meeting of the year has been assessed (its framework is then closed). */
    @Query(value = """
            SELECT EXISTS (SELECT 1 FROM meeting_assessment a JOIN meeting m ON m.id = a.meeting_id
                            WHERE m.held_on >= make_date(:year, 1, 1) AND m.held_on < make_date(:year + 1, 1, 1))
            """, nativeQuery = true)
    boolean existsInYear(int year);
}
