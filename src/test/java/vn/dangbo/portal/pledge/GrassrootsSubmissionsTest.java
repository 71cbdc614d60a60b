package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;

/**
 * The dashboard's submissions per grassroots organisation come from tallies kept by the database on every
 * write; after each kind of change they must equal counting the month's entries member by member.
 */
@PortalTest
class GrassrootsSubmissionsTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;
    @Autowired MemberPledges memberPledges;
    @Autowired GrassrootsSubmissions submissions;

    PledgeFixtures pledges;
    long committee;
    long cell;
    long otherGrassroots;

    @BeforeEach
    void aCommitteeWithACellAndAnotherGrassrootsCell() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        committee = fixtures.committee("Đảng bộ Sở Công Thương");
        cell = fixtures.subCell(committee, "Chi bộ Phòng Quản lý");
        otherGrassroots = fixtures.grassrootsCell("Chi bộ Trường Tiểu học");
    }

    @Test
    void submittingCountsOnceWhetherTheEntryIsThenAcknowledgedOrReturned() {
        long submitter = memberWithPledge(cell);
        long acknowledged = pledges.entry(pledges.pledge(fixtures.member(cell, "Lê", "Thị", Fixtures.unique("Lan")), 2026,
                PledgeStatus.APPROVED), 2026, 10, AssessmentStatus.SUBMITTED);
        memberWithPledge(cell);                                          // never writes October
        assertCommittee(3, 1);

        saveOctober(submitter, false);                                   // a draft is not a submission
        assertCommittee(3, 1);
        saveOctober(submitter, true);
        assertCommittee(3, 2);

        setStatus(acknowledged, "ACKNOWLEDGED");
        assertCommittee(3, 2);
        jdbc.sql("UPDATE monthly_assessment SET status = 'RETURNED', review_comment = 'Bổ sung' WHERE id = :id")
                .param("id", acknowledged).update();
        assertCommittee(3, 2);
        jdbc.sql("DELETE FROM monthly_assessment WHERE id = :id").param("id", acknowledged).update();
        assertCommittee(3, 1);
    }

    @Test
    void membersWhoMoveLeaveOrWereAdmittedDuringTheMonthAreCountedWhereTheyAreNow() {
        long moving = submittedOctober(cell);
        long leaving = submittedOctober(cell);
        long exempted = submittedOctober(cell);
        long admittedLate = submittedOctober(cell);
        assertCommittee(4, 4);

        jdbc.sql("UPDATE member SET organization_id = :to WHERE id = :id").param("to", otherGrassroots).param("id", moving).update();
        assertCommittee(3, 3);
        assertThat(of(otherGrassroots)).isEqualTo(new GrassrootsSubmissions.Submissions(otherGrassroots, 1, 1));

        jdbc.sql("UPDATE member SET status = 'TRANSFERRED_OUT' WHERE id = :id").param("id", leaving).update();
        jdbc.sql("UPDATE member SET status = 'EXEMPT' WHERE id = :id").param("id", exempted).update();
        jdbc.sql("UPDATE member SET status = 'PROBATIONARY', admission_date = DATE '2026-10-10', official_date = NULL WHERE id = :id").param("id", admittedLate).update();
        assertThat(of(committee)).as("nobody left expected").isNull();

        jdbc.sql("UPDATE member SET status = 'OFFICIAL' WHERE id IN (:ids)").param("ids", List.of(leaving, exempted)).update();
        fixtures.member(cell, "Vũ", "Văn", Fixtures.unique("Mới"), "MALE", LocalDate.of(1990, 1, 1), "PROBATIONARY",
                LocalDate.of(2026, 11, 2), null);                       // admitted after October: not expected
        assertCommittee(2, 2);
    }

    private long memberWithPledge(long unit) {
        long member = fixtures.member(unit, "Nguyễn", "Văn", Fixtures.unique("An"));
        pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        return member;
    }

    private long submittedOctober(long unit) {
        long member = memberWithPledge(unit);
        saveOctober(member, true);
        return member;
    }

    /** Through the member's own workflow, as the page does. */
    private void saveOctober(long member, boolean submit) {
        AssessmentForm form = new AssessmentForm();
        for (PledgeArea area : pledges.areas(2026)) {
            AssessmentForm.Area result = new AssessmentForm.Area();
            result.setAreaId(area.getId());
            result.setResult(Fulfilment.DONE);
            form.getAreas().add(result);
        }
        form.setVersion(jdbc.sql("""
                        SELECT a.version FROM monthly_assessment a JOIN pledge p ON p.id = a.pledge_id
                         WHERE p.member_id = :member AND p.year = 2026 AND a.month = 10
                        """).param("member", member).query(Long.class).optional().orElse(null));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        memberPledges.saveEntry(member, OCTOBER, form, submit, errors);
        assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
    }

    private void setStatus(long entry, String status) {
        jdbc.sql("UPDATE monthly_assessment SET status = :status, reviewed_at = now(), reviewed_by = 'Bí thư' WHERE id = :id")
                .param("status", status).param("id", entry).update();
    }

    private void assertCommittee(int expected, int submitted) {
        assertThat(of(committee)).isEqualTo(new GrassrootsSubmissions.Submissions(committee, expected, submitted));
        assertThat(submissions.forMonth(OCTOBER)).as("the tallies agree with counting the entries, for every unit")
                .containsExactlyInAnyOrderElementsOf(counted(OCTOBER));
    }

    private GrassrootsSubmissions.Submissions of(long grassroots) {
        return submissions.forMonth(OCTOBER).stream().filter(s -> s.grassrootsId() == grassroots).findFirst().orElse(null);
    }

    /** What the tallies replace: the month's entry of every member expected to submit it. */
    private List<GrassrootsSubmissions.Submissions> counted(YearMonth month) {
        return jdbc.sql("""
                        SELECT CAST(split_part(o.path, '/', 3) AS bigint), count(*),
                               count(*) FILTER (WHERE a.status IN ('SUBMITTED', 'ACKNOWLEDGED', 'RETURNED'))
                          FROM member m
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN pledge p ON p.member_id = m.id AND p.year = :year
                          LEFT JOIN monthly_assessment a ON a.pledge_id = p.id AND a.month = :month
                         WHERE %s AND split_part(o.path, '/', 3) <> ''
                         GROUP BY 1
                        """.formatted(MonthlyDeadline.REQUIRED_SQL))
                .param("year", month.getYear()).param("month", month.getMonthValue()).param("monthStart", month.atDay(1))
                .query((rs, n) -> new GrassrootsSubmissions.Submissions(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
