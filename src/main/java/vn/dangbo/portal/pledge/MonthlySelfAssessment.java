package vn.dangbo.portal.pledge;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Bản tự đánh giá hằng tháng: a member's self-assessment of one month against the year's pledge — per
 * area done / partly / not done with a short note, and next month's plan. One per pledge and month
 * (unique key). Once submitted it is read-only for the member, unless the secretary returns it.
 */
@Entity
@Table(name = "monthly_assessment")
public class MonthlySelfAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    private int month;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    /** Result per area id. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<Long, AreaResult> results = new LinkedHashMap<>();

    private String nextMonthPlan;

    private Instant firstSubmittedAt;

    private Instant submittedAt;

    /** Whether the first submission came after the deadline (decided then, never recomputed). */
    private boolean late;

    private Instant reviewedAt;

    private String reviewedBy;

    private String reviewComment;

    @Version
    private long version;

    protected MonthlySelfAssessment() {
    }

    MonthlySelfAssessment(Pledge pledge, int month) {
        this.pledge = pledge;
        this.month = month;
    }

    public Long getId() { return id; }
    public int getMonth() { return month; }
    public AssessmentStatus getStatus() { return status; }
    public String getNextMonthPlan() { return nextMonthPlan; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isLate() { return late; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getReviewComment() { return reviewComment; }
    public long getVersion() { return version; }

    Pledge getPledge() {
        return pledge;
    }

    public AreaResult result(long areaId) {
        return results.get(areaId);
    }

    public YearMonth yearMonth(int year) {
        return YearMonth.of(year, month);
    }

    void write(Map<Long, AreaResult> results, String nextMonthPlan) {
        if (!status.isEditableByMember()) {
            throw new IllegalStateException("a submitted self-assessment is read-only");
        }
        this.results = new LinkedHashMap<>(results);
        this.nextMonthPlan = nextMonthPlan;
    }

    /** Submits (again); lateness is fixed by the first submission. */
    void submit(Instant at, boolean lateIfFirst) {
        if (!status.isEditableByMember()) {
            throw new IllegalStateException("already submitted");
        }
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
            late = lateIfFirst;
        }
        submittedAt = at;
        status = AssessmentStatus.SUBMITTED;
    }

    void acknowledge(String by, Instant at, String comment) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new IllegalStateException("only a submitted self-assessment can be acknowledged");
        }
        status = AssessmentStatus.ACKNOWLEDGED;
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
    }

    /** Back to the member with a comment; also an acknowledged entry may be reopened this way. */
    void returnToMember(String by, Instant at, String comment) {
        if (status != AssessmentStatus.SUBMITTED && status != AssessmentStatus.ACKNOWLEDGED) {
            throw new IllegalStateException("only a submitted self-assessment can be returned");
        }
        status = AssessmentStatus.RETURNED;
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
    }
}
