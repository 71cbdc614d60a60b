package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.committee.Committees;
import vn.dangbo.portal.committee.Seat;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** A grassroots congress of 10 summoned delegates electing a committee of 3 from 4 candidates. */
@PortalTest
class ElectionTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DelegateChanges delegates;
    @Autowired Committees committees;

    long unit;
    long congress;
    long election;
    List<Long> members = new ArrayList<>();
    PortalUser board1;
    PortalUser board2;

    @BeforeEach
    void aCongressWithTenDelegatesAndAnElection() {
        unit = fixtures.committee("Đảng bộ Sở Nội vụ");
        long cell = fixtures.subCell(unit, "Chi bộ Phòng Tổ chức");
        congress = new CongressFixtures(jdbc).congress(unit, 14, 2025, LocalDate.of(2025, 6, 10), "IN_SESSION");
        for (int i = 0; i < 10; i++) {
            long member = fixtures.member(cell, "Đặng", "Văn", Fixtures.unique("Quang"));
            members.add(member);
            delegates.insert(congress, member, DelegateSource.ELECTED, cell, DelegateStanding.OFFICIAL);
        }
        jdbc.sql("UPDATE congress_delegate SET attendance = 'ABSENT_WITH_REASON', absence_reason = 'Ốm' WHERE congress_id = :c AND member_id = :m")
                .param("c", congress).param("m", members.get(9)).update();
        board1 = fixtures.user(Role.STAFF, null, null);
        board2 = fixtures.user(Role.STAFF, null, null);
        // the outgoing committee: its secretary since 2020 is seated again below
        jdbc.sql("""
                INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on)
                VALUES (:u, :m, 2020, 'SECRETARY', 'ELECTED', DATE '2020-06-01')""").param("u", unit).param("m", members.get(0)).update();
        mvcPost(post("/congresses/{id}/elections", congress).param("kind", "EXECUTIVE_COMMITTEE").param("seats", "3"), board1);
        election = jdbc.sql("SELECT id FROM congress_election WHERE congress_id = :c").param("c", congress).query(Long.class).single();
    }

    private void mvcPost(MockHttpServletRequestBuilder request, PortalUser who) {
        try {
            mvc.perform(request.with(user(who)).with(csrf())).andExpect(status().is3xxRedirection());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void candidates(int count) {
        for (int i = 0; i < count; i++) {
            mvcPost(post("/congresses/{id}/elections/{e}/candidates", congress, election).param("memberId", String.valueOf(members.get(i))), board1);
        }
    }

    private long candidate(int member) {
        return jdbc.sql("SELECT id FROM congress_candidate WHERE election_id = :e AND member_id = :m")
                .param("e", election).param("m", members.get(member)).query(Long.class).single();
    }

    private long round(int number) {
        return jdbc.sql("SELECT id FROM congress_round WHERE election_id = :e AND number = :n").param("e", election).param("n", number)
                .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder tally(long round, int valid, int invalid, int... votes) {
        MockHttpServletRequestBuilder request = post("/congresses/{id}/elections/rounds/{r}/tally", congress, round)
                .param("validBallots", String.valueOf(valid)).param("invalidBallots", String.valueOf(invalid));
        for (int i = 0; i < votes.length; i++) {
            request.param("votes[" + candidate(i) + "]", String.valueOf(votes[i]));
        }
        return request;
    }

    @Test
    void theFirstRoundOpensOnlyWithTheAllowedSurplusOfCandidates() throws Exception {
        candidates(3);   // 3 seats: 3 + round(0.3) = 3 to 3 + 0 = 3 … exactly 3 allowed
        mvc.perform(post("/congresses/{id}/elections/{e}/candidates", congress, election).param("memberId", String.valueOf(members.get(3)))
                .with(user(board1)).with(csrf()));
        // 4 candidates for 3 seats is 33 % more: above the 30 % allowed
        mvc.perform(post("/congresses/{id}/elections/{e}/rounds", congress, election).with(user(board1)).with(csrf()))
                .andExpect(flash().attribute("failureText", "Bầu 3 người thì danh sách phải có từ 3 đến 3 người (nhiều hơn số cần bầu 10–30 %); hiện có 4."));
        assertThat(jdbc.sql("SELECT count(*) FROM congress_round WHERE election_id = :e").param("e", election).query(Long.class).single()).isZero();
    }

    @Test
    void theCountIsEnteredTwiceByTwoPeopleAndAMismatchIsRefused() throws Exception {
        candidates(3);
        mvcPost(post("/congresses/{id}/elections/{e}/rounds", congress, election), board1);
        long round = round(1);
        // 10 summoned, 1 absent with reason: more than half of 9 is 5
        mvc.perform(tally(round, 9, 0, 9, 5, 4).with(user(board1)).with(csrf())).andExpect(flash().attribute("success", "congress.tally.FIRST_ENTERED"));
        mvc.perform(tally(round, 9, 0, 9, 5, 4).with(user(board1)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lần nhập thứ hai phải do một người khác")));
        mvc.perform(tally(round, 9, 0, 9, 4, 5).with(user(board2)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("tally", "votes[" + candidate(1) + "]", "congress.tally.differs"))
                .andExpect(content().string(Matchers.containsString("Khác lần nhập thứ nhất.")));
        assertThat(jdbc.sql("SELECT count(*) FROM congress_tally WHERE round_id = :r").param("r", round).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT counted_at IS NULL FROM congress_round WHERE id = :r").param("r", round).query(Boolean.class).single()).isTrue();

        mvc.perform(tally(round, 9, 0, 9, 5, 4).with(user(board2)).with(csrf())).andExpect(flash().attribute("success", "congress.tally.COUNTED"));
        assertThat(jdbc.sql("SELECT elected FROM congress_round_candidate WHERE round_id = :r ORDER BY votes DESC").param("r", round)
                .query(Boolean.class).list()).containsExactly(true, true, false);   // 9 and 5 elected, 4 is not more than half of 9

        // one seat left: a second round among those not elected
        mvcPost(post("/congresses/{id}/elections/{e}/rounds", congress, election), board1);
        long second = round(2);
        assertThat(jdbc.sql("SELECT candidate_id FROM congress_round_candidate WHERE round_id = :r").param("r", second).query(Long.class).list())
                .containsExactly(candidate(2));
        mvc.perform(post("/congresses/{id}/elections/rounds/{r}/tally", congress, second).param("validBallots", "9").param("invalidBallots", "0")
                .param("votes[" + candidate(2) + "]", "6").with(user(board1)).with(csrf()));
        mvc.perform(post("/congresses/{id}/elections/rounds/{r}/tally", congress, second).param("validBallots", "9").param("invalidBallots", "0")
                .param("votes[" + candidate(2) + "]", "6").with(user(board2)).with(csrf()))
                .andExpect(flash().attribute("success", "congress.tally.COUNTED"));

        byte[] pdf = mvc.perform(get("/congresses/{id}/elections/{e}/minutes.pdf", congress, election).with(user(board1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("BIÊN BẢN KIỂM PHIẾU", "ít nhất 5 phiếu", "Tổng số trúng cử: 3/3.");
        }

        // the elected committee becomes the unit's committee for the new term
        mvcPost(post("/congresses/{id}/elections/{e}/install", congress, election)
                .param("office_" + members.get(1), "SECRETARY").param("office_" + members.get(0), "DEPUTY_SECRETARY"), board1);
        List<Seat> seats = committees.on(unit, LocalDate.of(2025, 6, 12));
        assertThat(seats).extracting(Seat::memberId).containsExactly(members.get(1), members.get(0), members.get(2));
        assertThat(seats).allSatisfy(seat -> assertThat(seat.termStartYear()).isEqualTo(2025));
        assertThat(jdbc.sql("SELECT ends_on FROM committee_position WHERE organization_id = :u AND term_start_year = 2020").param("u", unit)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 6, 11));
    }
}
