package vn.dangbo.portal.training;

import vn.dangbo.portal.member.PoliticalTheoryLevel;

/** Kinds of course (lớp đào tạo, bồi dưỡng). */
public enum CourseKind {
    /** Lý luận chính trị sơ cấp. */
    THEORY_ELEMENTARY(PoliticalTheoryLevel.ELEMENTARY),
    /** Trung cấp lý luận chính trị. */
    THEORY_INTERMEDIATE(PoliticalTheoryLevel.INTERMEDIATE),
    /** Cao cấp lý luận chính trị. */
    THEORY_ADVANCED(PoliticalTheoryLevel.ADVANCED),
    /** Cử nhân lý luận chính trị. */
    THEORY_BACHELOR(PoliticalTheoryLevel.BACHELOR),
    /** Bồi dưỡng lý luận chính trị cho đảng viên mới. */
    NEW_MEMBERS(null),
    /** Bồi dưỡng nhận thức về Đảng for admission candidates. */
    CANDIDATES(null),
    /** Bồi dưỡng bí thư, cấp ủy viên cơ sở. */
    SECRETARIES(null),
    /** Học tập, quán triệt nghị quyết (resolution briefing). */
    RESOLUTION_BRIEFING(null);

    private final PoliticalTheoryLevel theoryLevel;

    CourseKind(PoliticalTheoryLevel theoryLevel) {
        this.theoryLevel = theoryLevel;
    }

    /** The political-theory level a completed course of this kind gives, or null. */
    public PoliticalTheoryLevel theoryLevel() {
        return theoryLevel;
    }

    /** Only the candidates' course takes admission candidates; every other course takes members. */
    public boolean takesCandidates() {
        return this == CANDIDATES;
    }
}
