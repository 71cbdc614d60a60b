package vn.dangbo.portal.gooddeed;

import java.time.LocalDate;

/** A line of {@code /good-deeds}: read in SQL. {@code memberId} is null for a collective entry. */
record GoodDeedRow(long id, LocalDate deedDate, Long memberId, String memberName, long organizationId, String organizationName,
                   String deed, Recognition recognition, String recognizedBy) {
}
