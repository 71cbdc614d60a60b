package vn.dangbo.portal.gooddeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The good-deeds book: entries for members and units, the filters and counts, and who may write what. */
@PortalTest
class GoodDeedTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cell;
    long member;
    long outsider;
    long outsideCell;
    PortalUser secretary;
    String deedText;

    @BeforeEach
    void book() {
        committee = fixtures.committee("Đảng bộ Sở Xây dựng");
        cell = fixtures.subCell(committee, "Chi bộ Thanh tra");
        member = fixtures.member(cell, "Phan", "Văn", Fixtures.unique("Lực"));
        outsideCell = fixtures.grassrootsCell("Chi bộ Hội Nông dân");
        outsider = fixtures.member(outsideCell, "Phan", "Thị", Fixtures.unique("Nhàn"));
        secretary = fixtures.user(Role.SECRETARY, null, committee);
        deedText = Fixtures.unique("Nhặt được ví trả lại người đánh rơi");
    }

    @Test
    void secretaryWritesForTheirMemberAndTheirUnitAndTheListCountsBoth() throws Exception {
        mvc.perform(post("/good-deeds/new").with(user(secretary)).with(csrf()).param("memberId", String.valueOf(member))
                        .param("deedDate", "12/03/2026").param("deed", deedText).param("recognition", "CELL")
                        .param("recognizedBy", "Chi bộ Thanh tra"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/good-deeds/new").with(user(secretary)).with(csrf()).param("organizationId", String.valueOf(cell))
                        .param("deedDate", "20/05/2026").param("deed", deedText + " (tập thể)").param("recognition", "GRASSROOTS")
                        .param("recognizedBy", "Đảng ủy Sở Xây dựng"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/good-deeds").param("organization", String.valueOf(committee)).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 cá nhân, 1 tập thể")));
        mvc.perform(get("/good-deeds").param("organization", String.valueOf(committee)).param("subject", "COLLECTIVE").with(user(secretary)))
                .andExpect(content().string(Matchers.containsString("0 cá nhân, 1 tập thể")));
        mvc.perform(get("/good-deeds").param("q", "nhat duoc vi").param("year", "2025").with(user(secretary)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(deedText))));
        mvc.perform(get("/members/{id}", member).with(user(secretary)))
                .andExpect(content().string(Matchers.containsString(deedText)));
    }

    @Test
    void entriesOfAnotherSubtreeAreNeitherWrittenNorShown() throws Exception {
        mvc.perform(post("/good-deeds/new").with(user(secretary)).with(csrf()).param("memberId", String.valueOf(outsider))
                        .param("deedDate", "12/03/2026").param("deed", deedText).param("recognition", "CELL").param("recognizedBy", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/good-deeds/new").with(user(secretary)).with(csrf()).param("organizationId", String.valueOf(outsideCell))
                        .param("deedDate", "12/03/2026").param("deed", deedText).param("recognition", "CELL").param("recognizedBy", "X"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM good_deed WHERE deed = :deed").param("deed", deedText).query(Long.class).single()).isZero();

        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/good-deeds/new").with(user(staff)).with(csrf()).param("memberId", String.valueOf(outsider))
                        .param("deedDate", "12/03/2026").param("deed", deedText).param("recognition", "BLOC").param("recognizedBy", "Đảng ủy Khối"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM good_deed WHERE deed = :deed").param("deed", deedText).query(Long.class).single();
        mvc.perform(get("/good-deeds").param("size", "100").with(user(secretary)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(deedText))));
        mvc.perform(get("/good-deeds/{id}/edit", id).with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(post("/good-deeds/{id}/edit", id).with(user(secretary)).with(csrf()).param("deedDate", "12/03/2026")
                        .param("deed", "Sửa trộm").param("recognition", "CELL").param("recognizedBy", "X").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/good-deeds").with(user(fixtures.user(Role.MEMBER, member, null)))).andExpect(status().isForbidden());
    }
}
