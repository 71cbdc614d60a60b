package vn.dangbo.portal.rating;

import java.math.BigDecimal;

import vn.dangbo.portal.organization.OrganizationKind;

/**
 * A rating as the tables show it: who (the member and their cell, or the organisation and the unit above),
 * the deciding body, and every step's level. {@code unit} is the member's cell or the organisation itself.
 */
record RatingRow(long id, long version, long roundId, RatingSubject subject, Long memberId, String name, long unitId, String unitName,
                 OrganizationKind unitKind, String unitPath, Long unitSecretaryId, long decidingBodyId, String decidingBodyName,
                 OrganizationKind decidingBodyKind, RatingState state, NotRatedReason notRatedReason,
                 RatingLevel selfLevel, BigDecimal selfScore, String selfReview, RatingLevel proposedLevel, String proposalNote,
                 RatingLevel decidedLevel, String decisionNote, boolean selfRemedied) {

    public boolean isRated() {
        return state != RatingState.NOT_RATED;
    }

    /** Whether the cell's proposal step applies: a member of a sub-cell, or a grassroots organisation (prepared by staff). */
    boolean hasProposalStep() {
        return subject == RatingSubject.MEMBER ? unitKind == OrganizationKind.SUB_CELL : decidingBodyKind == OrganizationKind.BLOC;
    }

    /** The level the decision table starts from: decided, else proposed, else self-assessed. */
    RatingLevel currentLevel() {
        return decidedLevel != null ? decidedLevel : proposedLevel != null ? proposedLevel : selfLevel;
    }

    public long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public String getName() { return name; }
    public long getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public RatingState getState() { return state; }
    public NotRatedReason getNotRatedReason() { return notRatedReason; }
    public RatingLevel getSelfLevel() { return selfLevel; }
    public BigDecimal getSelfScore() { return selfScore; }
    public String getSelfReview() { return selfReview; }
    public RatingLevel getProposedLevel() { return proposedLevel; }
    public String getProposalNote() { return proposalNote; }
    public RatingLevel getDecidedLevel() { return decidedLevel; }
    public String getDecisionNote() { return decisionNote; }
    public boolean isPublished() { return state == RatingState.PUBLISHED; }
    public boolean isDecided() { return state.isDecided(); }
}
