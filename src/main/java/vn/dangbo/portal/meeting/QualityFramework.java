package vn.dangbo.portal.meeting;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The year's framework for assessing meeting quality (kept by staff): the score from which each level
 * starts, and the attendance rate under which a cell is highlighted. Its criteria are
 * {@link MeetingCriterion}s. A year's framework is closed once a meeting of that year has been assessed.
 */
@Entity
@Table(name = "meeting_framework")
class QualityFramework {

    /** Used when staff have not set a framework for the year. */
    static final BigDecimal DEFAULT_ATTENDANCE_THRESHOLD = BigDecimal.valueOf(90);

    @Id
    private Integer year;

    private BigDecimal goodFrom;

    private BigDecimal fairFrom;

    private BigDecimal averageFrom;

    private BigDecimal attendanceThreshold;

    @Version
    private Long version;

    protected QualityFramework() {
    }

    QualityFramework(int year) {
        this.year = year;
    }

    Integer getYear() { return year; }
    BigDecimal getGoodFrom() { return goodFrom; }
    BigDecimal getFairFrom() { return fairFrom; }
    BigDecimal getAverageFrom() { return averageFrom; }
    BigDecimal getAttendanceThreshold() { return attendanceThreshold; }
    Long getVersion() { return version; }

    void update(FrameworkForm form) {
        goodFrom = BigDecimal.valueOf(form.getGoodFrom());
        fairFrom = BigDecimal.valueOf(form.getFairFrom());
        averageFrom = BigDecimal.valueOf(form.getAverageFrom());
        attendanceThreshold = BigDecimal.valueOf(form.getAttendanceThreshold());
    }

    /** The level of a 0–100 score: Tốt from {@code goodFrom}, Khá from {@code fairFrom}, Trung bình from {@code averageFrom}, else Kém. */
    QualityLevel levelFor(BigDecimal score) {
        if (score.compareTo(goodFrom) >= 0) {
            return QualityLevel.GOOD;
        }
        if (score.compareTo(fairFrom) >= 0) {
            return QualityLevel.FAIR;
        }
        return score.compareTo(averageFrom) >= 0 ? QualityLevel.AVERAGE : QualityLevel.POOR;
    }
}
