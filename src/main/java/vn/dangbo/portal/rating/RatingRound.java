package vn.dangbo.portal.rating;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Đợt kiểm điểm, đánh giá, xếp loại of one year: its rules (chosen by the year when opened, kept after) and
 * the deadline of each step. Closed by staff once every deciding body has published; a closed round is read-only.
 */
@Entity
@Table(name = "rating_round")
class RatingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    private String rules;

    private LocalDate openedOn;

    private LocalDate selfAssessmentDeadline;

    private LocalDate proposalDeadline;

    private LocalDate decisionDeadline;

    private Instant closedAt;

    private String closedBy;

    @Version
    private long version;

    protected RatingRound() {
    }

    RatingRound(int year, LocalDate openedOn, LocalDate selfAssessmentDeadline, LocalDate proposalDeadline, LocalDate decisionDeadline) {
        this.year = year;
        this.rules = RatingPolicy.forYear(year).code();
        this.openedOn = openedOn;
        this.selfAssessmentDeadline = selfAssessmentDeadline;
        this.proposalDeadline = proposalDeadline;
        this.decisionDeadline = decisionDeadline;
    }

    RatingPolicy policy() {
        return RatingPolicy.of(rules);
    }

    boolean isClosed() {
        return closedAt != null;
    }

    void close(Instant at, String by) {
        closedAt = at;
        closedBy = by;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getRules() { return rules; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getSelfAssessmentDeadline() { return selfAssessmentDeadline; }
    public LocalDate getProposalDeadline() { return proposalDeadline; }
    public LocalDate getDecisionDeadline() { return decisionDeadline; }
    public Instant getClosedAt() { return closedAt; }
    public boolean getScored() { return policy().scored(); }
}
