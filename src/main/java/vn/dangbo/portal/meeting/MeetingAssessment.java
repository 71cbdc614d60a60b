package vn.dangbo.portal.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The quality assessment of a meeting: points per criterion, the score and level the cell found, and
 * the level the committee above confirmed or set when it checked (never by the one who assessed).
 */
@Entity
@Table(name = "meeting_assessment")
class MeetingAssessment {

    @Id
    private Long meetingId;

    @ElementCollection
    @CollectionTable(name = "meeting_assessment_score", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "points")
    private Map<Long, Integer> points = new HashMap<>();

    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    private QualityLevel level;

    private String assessedBy;

    private Instant assessedAt;

    @Enumerated(EnumType.STRING)
    private QualityLevel checkedLevel;

    private String checkedBy;

    private Instant checkedAt;

    private String checkNote;

    @Version
    private Long version;

    protected MeetingAssessment() {
    }

    MeetingAssessment(long meetingId) {
        this.meetingId = meetingId;
    }

    Map<Long, Integer> getPoints() { return points; }
    BigDecimal getScore() { return score; }
    QualityLevel getLevel() { return level; }
    String getAssessedBy() { return assessedBy; }
    Instant getAssessedAt() { return assessedAt; }
    QualityLevel getCheckedLevel() { return checkedLevel; }
    String getCheckedBy() { return checkedBy; }
    Instant getCheckedAt() { return checkedAt; }
    String getCheckNote() { return checkNote; }
    Long getVersion() { return version; }

    boolean isChecked() {
        return checkedBy != null;
    }

    /** The level that counts: the checked one once the committee above has checked. */
    QualityLevel getFinalLevel() {
        return checkedLevel != null ? checkedLevel : level;
    }

    void assess(Map<Long, Integer> newPoints, BigDecimal newScore, QualityLevel newLevel, String by, Instant at) {
        points.clear();
        points.putAll(newPoints);
        score = newScore;
        level = newLevel;
        assessedBy = by;
        assessedAt = at;
    }

    void check(QualityLevel confirmed, String note, String by, Instant at) {
        checkedLevel = confirmed;
        checkNote = note;
        checkedBy = by;
        checkedAt = at;
    }
}
