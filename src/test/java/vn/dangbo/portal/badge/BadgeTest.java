package vn.dangbo.portal.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/**
 * Who is due a Party badge in the batch of 03/02/2027 (the next after the tests' today, 25/11/2026): milestone
 * reached on the day itself, one day after (early), an interruption, posthumous, deferred by a warning but not
 * by a reprimand; and the award, the printed list and who may record it.
 */
@PortalTest
class BadgeTest {

    static final LocalDate BATCH = LocalDate.of(2027, 2, 3);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired BadgeProposals proposals;

    long committee;
    long cell;
    Scope scope;
    long onTheDay;
    long dayAfter;
    long forty;
    long interrupted;
    long warned;
    long reprimanded;
    long deceased;

    @BeforeEach
    void members() {
        committee = fixtures.committee("Đảng bộ Cục Thống kê");
        cell = fixtures.subCell(committee, "Chi bộ Văn phòng Cục");
        scope = Scope.subtree(committee, jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", committee).query(String.class).single());
        onTheDay = admitted("Đúng", LocalDate.of(1997, 2, 3));
        dayAfter = admitted("Sau", LocalDate.of(1997, 2, 4));
        forty = admitted("Bốn mươi", LocalDate.of(1986, 6, 1));
        jdbc.sql("INSERT INTO badge_award (member_id, years, batch_date, recorded_by) VALUES (:id, 30, '2016-09-02', 'test')")
                .param("id", forty).update();
        interrupted = admitted("Gián đoạn", LocalDate.of(1996, 1, 1));
        jdbc.sql("UPDATE member SET interruption_days = 400 WHERE id = :id").param("id", interrupted).update();
        warned = admitted("Cảnh cáo", LocalDate.of(1996, 6, 1));
        reprimanded = admitted("Khiển trách", LocalDate.of(1996, 6, 1));
        discipline(warned, "WARNING", LocalDate.of(2026, 3, 1));
        discipline(reprimanded, "REPRIMAND", LocalDate.of(2026, 3, 1));
        deceased = admitted("Truy tặng", LocalDate.of(1997, 6, 1));
        jdbc.sql("UPDATE member SET status = 'DECEASED' WHERE id = :id").param("id", deceased).update();
        fixtures.event(deceased, "DEATH", LocalDate.of(2026, 10, 1), cell, "DECEASED");
    }

    long admitted(String given, LocalDate admission) {
        return fixtures.member(cell, "Hà", "Văn", Fixtures.unique(given), "MALE", admission.minusYears(25), "OFFICIAL",
                admission, admission.plusYears(1));
    }

    void discipline(long member, String measure, LocalDate date) {
        jdbc.sql("""
                INSERT INTO discipline_record (member_id, form, decision_date, decision_number, decision_issuer, violation)
                VALUES (:member, :measure, :date, '7-QĐ/UBKT', 'UBKT Đảng ủy Khối', 'Vi phạm')
                """).param("member", member).param("measure", measure).param("date", date).update();
    }

    @Test
    void batchListsEachCaseWhereItBelongs() {
        BadgeProposals.Batch batch = proposals.of(BATCH, scope);

        assertThat(batch.regular()).extracting(BadgeProposals.Proposal::memberId, BadgeProposals.Proposal::years)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(forty, 40), org.assertj.core.groups.Tuple.tuple(onTheDay, 30),
                        org.assertj.core.groups.Tuple.tuple(reprimanded, 30));
        assertThat(batch.early()).extracting(BadgeProposals.Proposal::memberId).containsExactlyInAnyOrder(dayAfter, interrupted);
        assertThat(batch.early()).filteredOn(p -> p.memberId() == interrupted).extracting(BadgeProposals.Proposal::reachedOn)
                .containsExactly(LocalDate.of(2027, 2, 4));
        assertThat(batch.posthumous()).extracting(BadgeProposals.Proposal::memberId, BadgeProposals.Proposal::years)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(deceased, 30));
        assertThat(batch.deferred()).extracting(BadgeProposals.Proposal::memberId).containsExactly(warned);
        assertThat(batch.deferred().get(0).deferral().getDecisionDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aListLongerThanTheLimitShowsTheFirstAndIsNotPrinted() throws Exception {
        jdbc.sql("""
                INSERT INTO member (family_name, middle_name, given_name, gender, birth_date, status, organization_id, admission_date, official_date)
                SELECT family_name, middle_name, given_name || ' ' || n, gender, birth_date, status, organization_id, admission_date, official_date
                  FROM member, generate_series(1, :copies) n WHERE id = :id
                """).param("copies", BadgeProposals.LIMIT).param("id", onTheDay).update();
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, committee);

        BadgeProposals.Batch batch = proposals.of(BATCH, scope);
        String page = mvc.perform(get("/badges").param("batch", "2027-02-03").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(batch.truncated()).isTrue();
        assertThat(batch.regular().size() + batch.early().size() + batch.posthumous().size() + batch.deferred().size())
                .isEqualTo(BadgeProposals.LIMIT);
        assertThat(batch.regular()).extracting(BadgeProposals.Proposal::years).as("the highest milestone first").startsWith(40);
        assertThat(page).contains("id=\"badges-truncated\"", "trang chỉ liệt kê 2.000 người đầu").doesNotContain("/badges.pdf");
        mvc.perform(get("/badges.pdf").param("batch", "2027-02-03").with(user(secretary)))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "http://localhost/badges?batch=2027-02-03"));
    }

    @Test
    void staffRecordTheAwardAndTheMemberLeavesTheList() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/badges/award").with(user(staff)).with(csrf()).param("batch", "03/02/2027")
                        .param("pick", onTheDay + ":30:REGULAR", deceased + ":30:POSTHUMOUS").param("decisionNumber", "1520-QĐ/TU"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT kind FROM badge_award WHERE member_id IN (:ids) ORDER BY kind").param("ids", List.of(onTheDay, deceased))
                .query(String.class).list()).containsExactly("POSTHUMOUS", "REGULAR");
        BadgeProposals.Batch batch = proposals.of(BATCH, scope);
        assertThat(batch.regular()).extracting(BadgeProposals.Proposal::memberId).doesNotContain(onTheDay);
        assertThat(batch.awarded()).extracting(BadgeProposals.Proposal::memberId).containsExactlyInAnyOrder(onTheDay, deceased);

        // the printed list holds what was awarded and what is proposed, not the deferred member
        byte[] pdf = mvc.perform(get("/badges.pdf").param("batch", "2027-02-03").with(user(fixtures.user(Role.SECRETARY, null, committee))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG", "Đợt 03/02/2027", name(onTheDay), name(forty), "Truy tặng")
                    .doesNotContain(name(warned));
        }
    }

    @Test
    void deferredOrUnlistedMembersAndOtherRolesCannotBeAwarded() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/badges/award").with(user(staff)).with(csrf()).param("batch", "03/02/2027")
                        .param("pick", warned + ":30:REGULAR").param("decisionNumber", "1"))
                .andExpect(status().isOk());
        mvc.perform(post("/badges/award").with(user(staff)).with(csrf()).param("batch", "03/02/2027")
                        .param("pick", dayAfter + ":30:REGULAR").param("decisionNumber", "1"))
                .andExpect(status().isOk());
        mvc.perform(post("/badges/award").with(user(fixtures.user(Role.SECRETARY, null, committee))).with(csrf()).param("batch", "03/02/2027")
                        .param("pick", onTheDay + ":30:REGULAR").param("decisionNumber", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/badges").with(user(fixtures.user(Role.MEMBER, onTheDay, null)))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM badge_award WHERE member_id IN (:ids)").param("ids", List.of(warned, dayAfter, onTheDay))
                .query(Long.class).single()).isZero();
    }

    private String name(long member) {
        return jdbc.sql("SELECT family_name || ' ' || middle_name || ' ' || given_name FROM member WHERE id = :id").param("id", member)
                .query(String.class).single();
    }
}
