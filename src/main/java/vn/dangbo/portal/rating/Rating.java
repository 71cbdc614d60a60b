package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One member's or one organisation's rating in a round, through its steps: self-assessment → proposal →
 * decision → published. Rows are created when the round opens (see {@link RatingRoster}); the state moves
 * only through {@link RatingWorkflow}, which checks who may act. Versioned: two deciders on the same row
 * cannot both win.
 */
@Entity
@Table(name = "rating")
class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;

    @Enumerated(EnumType.STRING)
    private RatingSubject subject;

    private Long memberId;

    /** The member's cell, or the organisation rated. */
    private long organizationId;

    private long decidingBodyId;

    @Enumerated(EnumType.STRING)
    private RatingState state = RatingState.PENDING;

    @Enumerated(EnumType.STRING)
    private NotRatedReason notRatedReason;

    @Enumerated(EnumType.STRING)
    private RatingLevel selfLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, BigDecimal> selfScores = new LinkedHashMap<>();

    private BigDecimal selfScore;

    private String selfReview;

    private Instant selfAssessedAt;

    private String selfAssessedBy;

    @Enumerated(EnumType.STRING)
    private RatingLevel proposedLevel;

    private String proposalNote;

    private Instant proposedAt;

    private String proposedBy;

    @Enumerated(EnumType.STRING)
    private RatingLevel decidedLevel;

    private String decisionNote;

    private boolean selfRemedied;

    private Instant decidedAt;

    private String decidedBy;

    private Instant publishedAt;

    @Version
    private long version;

    protected Rating() {
    }

    void selfAssess(RatingLevel level, BigDecimal score, Map<String, BigDecimal> scores, String review, Instant at, String by) {
        selfLevel = level;
        selfScore = score;
        selfScores = scores == null ? null : new LinkedHashMap<>(scores);
        selfReview = review;
        selfAssessedAt = at;
        selfAssessedBy = by;
        if (state == RatingState.PENDING) {
            state = RatingState.SELF_ASSESSED;
        }
    }

    void propose(RatingLevel level, String note, Instant at, String by) {
        proposedLevel = level;
        proposalNote = note;
        proposedAt = at;
        proposedBy = by;
        if (!state.isDecided()) {
            state = RatingState.PROPOSED;
        }
    }

    void decide(RatingLevel level, String note, boolean remedied, Instant at, String by) {
        decidedLevel = level;
        decisionNote = note;
        selfRemedied = remedied;
        decidedAt = at;
        decidedBy = by;
        state = RatingState.DECIDED;
    }

    void publish(Instant at) {
        state = RatingState.PUBLISHED;
        publishedAt = at;
    }

    /** Listed as not rated for a reason the committee records (đình chỉ sinh hoạt). */
    void markNotRated(NotRatedReason reason) {
        state = RatingState.NOT_RATED;
        notRatedReason = reason;
    }

    /** Back among those rated, at the step its record had reached. */
    void rateAgain() {
        notRatedReason = null;
        state = decidedLevel != null ? RatingState.DECIDED : proposedLevel != null ? RatingState.PROPOSED
                : selfLevel != null ? RatingState.SELF_ASSESSED : RatingState.PENDING;
    }

    /** Mở lại: back to decided, editable by the deciding body until published again. */
    void reopen() {
        state = RatingState.DECIDED;
        publishedAt = null;
    }

    public Long getId() { return id; }
    public RatingState getState() { return state; }
    public RatingLevel getProposedLevel() { return proposedLevel; }
    public String getProposalNote() { return proposalNote; }
    public RatingLevel getDecidedLevel() { return decidedLevel; }
    public String getDecisionNote() { return decisionNote; }
    public boolean isSelfRemedied() { return selfRemedied; }
}
