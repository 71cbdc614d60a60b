package vn.dangbo.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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

/** The organisation tree: counts rolled up, and the rules for creating, moving and dissolving units. */
@PortalTest
class OrganizationTreeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cellA;
    long cellB;
    PortalUser staff;

    @BeforeEach
    void setUp() {
        committee = fixtures.committee("Đảng bộ Sở Giáo dục");
        cellA = fixtures.subCell(committee, "Chi bộ Văn phòng");
        cellB = fixtures.subCell(committee, "Chi bộ Thanh tra");
        staff = fixtures.user(Role.STAFF, null, null);
    }

    @Test
    void aUnitShowsItsCurrentMembersDirectlyAndRolledUpFromBelow() throws Exception {
        fixtures.member(cellA, "Lê", "Văn", "A");
        fixtures.member(cellA, "Lê", "Văn", "B");
        fixtures.member(cellB, "Lê", "Văn", "C");
        fixtures.member(cellB, "Lê", "Văn", "Gone", "MALE", java.time.LocalDate.of(1970, 1, 1), "DECEASED");

        mvc.perform(get("/organizations/{id}", committee).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("node", Matchers.hasProperty("totalMembers", Matchers.is(3L))))
                .andExpect(model().attribute("node", Matchers.hasProperty("directMembers", Matchers.is(0L))));
        mvc.perform(get("/organizations/{id}", cellB).with(user(staff)))
                .andExpect(model().attribute("node", Matchers.hasProperty("totalMembers", Matchers.is(1L))));
    }

    @Test
    void theTreeShowsEverythingToStaffAndOnlyTheirSubtreeToASecretary() throws Exception {
        String committeeName = jdbc.sql("SELECT name FROM organization WHERE id = :id").param("id", committee).query(String.class).single();
        long other = fixtures.committee("Đảng bộ Cục Hải quan");
        String otherName = jdbc.sql("SELECT name FROM organization WHERE id = :id").param("id", other).query(String.class).single();
        String blocName = jdbc.sql("SELECT name FROM organization WHERE kind = 'BLOC'").query(String.class).single();

        mvc.perform(get("/organizations").with(user(staff)))
                .andExpect(content().string(Matchers.containsString(blocName)))
                .andExpect(content().string(Matchers.containsString(committeeName)))
                .andExpect(content().string(Matchers.containsString(otherName)));
        mvc.perform(get("/organizations").with(user(fixtures.user(Role.SECRETARY, null, committee))))
                .andExpect(content().string(Matchers.containsString(committeeName)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(otherName))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(blocName))));
    }

    @Test
    void aSubCellCanBeCreatedUnderAGrassrootsCommitteeButNothingUnderACell() throws Exception {
        mvc.perform(post("/organizations/new").param("parent", String.valueOf(committee)).with(user(staff)).with(csrf())
                        .param("kind", "SUB_CELL").param("name", "Chi bộ Phòng Tổ chức"))
                .andExpect(redirectedUrlPattern("/organizations/*"));
        mvc.perform(post("/organizations/new").param("parent", String.valueOf(cellA)).with(user(staff)).with(csrf())
                        .param("kind", "SUB_CELL").param("name", "Chi bộ con"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Loại tổ chức này không thể trực thuộc đơn vị đã chọn.")));
    }

    @Test
    void twoSiblingsCannotShareAName() throws Exception {
        String name = jdbc.sql("SELECT name FROM organization WHERE id = :id").param("id", cellA).query(String.class).single();
        mvc.perform(post("/organizations/new").param("parent", String.valueOf(committee)).with(user(staff)).with(csrf())
                        .param("kind", "SUB_CELL").param("name", name.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã có một đơn vị cùng tên trực thuộc cùng cấp trên.")));
    }

    @Test
    void aUnitWithMembersCannotBeDissolvedUntilTheyAreMoved() throws Exception {
        long member = fixtures.member(cellA, "Phạm", "Thị", "Mai");
        mvc.perform(post("/organizations/{id}/dissolve", cellA).with(user(staff)).with(csrf()).param("dissolvedOn", "01/11/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đơn vị còn 1 đảng viên đang sinh hoạt.")));
        assertThat(dissolvedOn(cellA)).isNull();

        jdbc.sql("UPDATE member SET organization_id = :to WHERE id = :id").param("to", cellB).param("id", member).update();
        mvc.perform(post("/organizations/{id}/dissolve", cellA).with(user(staff)).with(csrf()).param("dissolvedOn", "01/11/2026"))
                .andExpect(redirectedUrl("/organizations/" + cellA));
        assertThat(dissolvedOn(cellA)).isEqualTo("2026-11-01");
    }

    @Test
    void aUnitWithLiveSubUnitsCannotBeDissolved() throws Exception {
        mvc.perform(post("/organizations/{id}/dissolve", committee).with(user(staff)).with(csrf()).param("dissolvedOn", "01/11/2026"))
                .andExpect(content().string(Matchers.containsString("Đơn vị còn đơn vị trực thuộc đang hoạt động.")));
    }

    @Test
    void dissolvingInTheFutureIsRefused() throws Exception {
        mvc.perform(post("/organizations/{id}/dissolve", cellB).with(user(staff)).with(csrf()).param("dissolvedOn", "26/11/2026"))
                .andExpect(content().string(Matchers.containsString("Ngày giải thể không được ở tương lai")));
        assertThat(dissolvedOn(cellB)).isNull();
    }

    @Test
    void movingAGrassrootsCellIntoACommitteeMakesItASubCellAndMovesItsSubtreePaths() throws Exception {
        long grassrootsCell = fixtures.grassrootsCell("Chi bộ Ban Dân tộc");
        mvc.perform(post("/organizations/{id}/move", grassrootsCell).with(user(staff)).with(csrf())
                        .param("parentId", String.valueOf(committee)))
                .andExpect(redirectedUrl("/organizations/" + grassrootsCell));
        assertThat(jdbc.sql("SELECT kind FROM organization WHERE id = :id").param("id", grassrootsCell).query(String.class).single())
                .isEqualTo("SUB_CELL");
        assertThat(fixtures.pathOf(grassrootsCell)).isEqualTo(fixtures.pathOf(committee) + grassrootsCell + "/");
    }

    @Test
    void aUnitCannotBeMovedIntoItsOwnSubtree() throws Exception {
        long otherCommittee = fixtures.committee("Đảng bộ khác");
        mvc.perform(post("/organizations/{id}/move", committee).with(user(staff)).with(csrf())
                        .param("parentId", String.valueOf(otherCommittee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Loại tổ chức này không thể trực thuộc đơn vị đã chọn.")));
        mvc.perform(post("/organizations/{id}/move", committee).with(user(staff)).with(csrf())
                        .param("parentId", String.valueOf(cellA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không thể chuyển một đơn vị vào chính nó")));
    }

    @Test
    void aSecretaryMovedWithTheirUnitKeepsTheSameSubtree() throws Exception {
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, cellA);
        long otherCommittee = fixtures.committee("Đảng bộ nhận");
        jdbc.sql("UPDATE organization SET parent_id = :p WHERE id = :id").param("p", otherCommittee).param("id", cellA).update();
        long member = fixtures.member(cellA, "Hoàng", "Văn", "Nam");
        mvc.perform(get("/members/{id}", member).with(user(secretary))).andExpect(status().isOk());
    }

    private String dissolvedOn(long unit) {
        return jdbc.sql("SELECT dissolved_on::text FROM organization WHERE id = :id").param("id", unit)
                .query((rs, row) -> rs.getString(1)).list().get(0);
    }
}
