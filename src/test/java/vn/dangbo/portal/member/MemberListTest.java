package vn.dangbo.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.organization.UnitChoices;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/** The member list: accent-insensitive search, Vietnamese name order, filters, and bounded SQL. */
@PortalTest
class MemberListTest {

    @Autowired MemberSearch search;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;

    long committee;
    long cell;
    Scope unitScope;
    String tag;

    @BeforeEach
    void setUp() {
        committee = fixtures.committee("Đảng bộ Sở Y tế");
        cell = fixtures.subCell(committee, "Chi bộ Văn phòng");
        unitScope = Scope.subtree(committee, fixtures.pathOf(committee));
        tag = Fixtures.unique("x").replace(" ", "");
    }

    @Test
    void searchIgnoresAccentsCaseAndSpacing() {
        fixtures.member(cell, "Nguyễn", "Thị", "Hương");
        fixtures.member(cell, "Nguyễn", "Thị", "Hường");
        fixtures.member(cell, "Nguyễn", "Văn", "Hưng");

        assertThat(names(search("nguyen thi huong"))).containsExactlyInAnyOrder("Nguyễn Thị Hương", "Nguyễn Thị Hường");
        assertThat(names(search("  NGUYỄN   thị HƯƠNG "))).containsExactlyInAnyOrder("Nguyễn Thị Hương", "Nguyễn Thị Hường");
        assertThat(names(search("van hung"))).containsExactly("Nguyễn Văn Hưng");
    }

    @Test
    void plainDFindsTheVietnameseDBar() {
        fixtures.member(cell, "Đặng", "Đình", "Đức");
        assertThat(names(search("dang dinh duc"))).containsExactly("Đặng Đình Đức");
        assertThat(names(search("đặng đình"))).containsExactly("Đặng Đình Đức");
    }

    @Test
    void aSearchWithLikeWildcardsMatchesThemLiterally() {
        fixtures.member(cell, "Lê", "Văn", "Tám");
        assertThat(search("%")).isEmpty();
        assertThat(search("_")).isEmpty();
    }

    @Test
    void namesSortByGivenNameThenFamilyThenMiddleInVietnameseOrder() {
        for (String[] name : List.of(new String[] {"Trần", "Văn", "Đức"}, new String[] {"Lê", "Thị", "Ánh"},
                new String[] {"Bùi", "Văn", "Dũng"}, new String[] {"Nguyễn", "Thị", "Ân"}, new String[] {"Lê", "Văn", "An"},
                new String[] {"Đỗ", "Văn", "An"}, new String[] {"Lê", "Minh", "An"})) {
            fixtures.member(cell, name[0], name[1], name[2]);
        }
        MemberFilter filter = new MemberFilter();
        filter.setSize(50);
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactly(
                "Đỗ Văn An", "Lê Minh An", "Lê Văn An", "Lê Thị Ánh", "Nguyễn Thị Ân", "Bùi Văn Dũng", "Trần Văn Đức");
    }

    @Test
    void filtersByGenderAgeGroupStatusAndUnit() {
        long otherCell = fixtures.subCell(committee, "Chi bộ Thanh tra");
        fixtures.member(cell, "Hồ", "Văn", "Young", "MALE", LocalDate.of(2000, 1, 1), "PROBATIONARY");
        fixtures.member(cell, "Hồ", "Thị", "Forty", "FEMALE", LocalDate.of(1980, 6, 1), "OFFICIAL");
        fixtures.member(otherCell, "Hồ", "Văn", "Sixty", "MALE", LocalDate.of(1960, 6, 1), "EXEMPT");
        fixtures.member(otherCell, "Hồ", "Văn", "Gone", "MALE", LocalDate.of(1970, 6, 1), "TRANSFERRED_OUT");

        MemberFilter filter = new MemberFilter();
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactlyInAnyOrder("Hồ Thị Forty", "Hồ Văn Sixty", "Hồ Văn Young");
        filter.setGender(Gender.MALE);
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactlyInAnyOrder("Hồ Văn Sixty", "Hồ Văn Young");
        filter.setGender(null);
        filter.setAgeGroup(AgeGroup.FROM_40_TO_49);   // today 25/11/2026: born 26/11/1976 .. 25/11/1986
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactly("Hồ Thị Forty");
        filter.setAgeGroup(null);
        filter.setStatus("ALL");
        filter.setOrganization(otherCell);
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactlyInAnyOrder("Hồ Văn Sixty", "Hồ Văn Gone");
        filter.setStatus("TRANSFERRED_OUT");
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactly("Hồ Văn Gone");
    }

    @Test
    void ageGroupBoundariesFollowTheBirthday() {
        fixtures.member(cell, "Vũ", "Văn", "Thirty", "MALE", LocalDate.of(1996, 11, 25), "OFFICIAL");   // 30 today
        fixtures.member(cell, "Vũ", "Văn", "Under", "MALE", LocalDate.of(1996, 11, 26), "OFFICIAL");    // 30 tomorrow
        MemberFilter filter = new MemberFilter();
        filter.setAgeGroup(AgeGroup.UNDER_30);
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactly("Vũ Văn Under");
        filter.setAgeGroup(AgeGroup.FROM_30_TO_39);
        assertThat(names(search.find(filter, unitScope).getContent())).containsExactly("Vũ Văn Thirty");
    }

    @Test
    void theListPageSendsTheSameNumberOfStatementsWhateverItsSize() throws Exception {
        for (int i = 0; i < 120; i++) {
            fixtures.member(cell, "Phan", "Văn", "Số " + i);
        }
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, committee);
        long small = statementsFor(secretary, "20");
        long large = statementsFor(secretary, "100");
        assertThat(large).isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(5);
    }

    @Test
    void aLargeScopeSearchesItsUnitsByNameInsteadOfListingThemAll() throws Exception {
        for (int i = 0; i <= UnitChoices.LIST_LIMIT; i++) {
            fixtures.subCell(committee, "Chi bộ số " + i);
        }
        long wanted = fixtures.subCell(committee, "Chi bộ Phòng Kế hoạch Tài chính");
        long elsewhere = fixtures.subCell(fixtures.committee("Đảng bộ Sở Xây dựng"), "Chi bộ Phòng Kế hoạch Tài chính");
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, committee);
        PortalUser smallUnitSecretary = fixtures.user(Role.SECRETARY, null, cell);

        assertThat(page(smallUnitSecretary, get("/members"))).contains("value=\"" + cell + "\"").doesNotContain("id=\"unit-q\"");
        String large = page(staff, get("/members").param("organization", String.valueOf(wanted)));
        assertThat(large).contains("id=\"unit-q\"").doesNotContain("Chi bộ số 17")
                .contains("<option value=\"" + wanted + "\" selected>Chi bộ Phòng Kế hoạch Tài chính");

        for (String[] filtered : new String[][] {{"/pledges/review", "unit"}, {"/pledges/missing", "unit"}, {"/breakthroughs", "unit"},
                {"/good-deeds", "organization"}}) {
            assertThat(page(staff, get(filtered[0]).param(filtered[1], String.valueOf(wanted)))).as(filtered[0])
                    .contains("id=\"unit-q\"", "<option value=\"" + wanted + "\" selected>Chi bộ Phòng Kế hoạch Tài chính")
                    .doesNotContain("Chi bộ số 17");
        }

        String found = page(secretary, get("/organizations/choices").param("unitQ", "phong ke hoach TAI CHINH"));
        assertThat(found).contains("value=\"" + wanted + "\"").doesNotContain("value=\"" + elsewhere + "\"");
        assertThat(page(staff, get("/organizations/choices").param("unitQ", "phòng kế hoạch tài chính")))
                .contains("value=\"" + wanted + "\"", "value=\"" + elsewhere + "\"");
        // a unit outside the secretary's subtree is neither offered nor named, and members may not search units
        assertThat(page(secretary, get("/members").param("organization", String.valueOf(elsewhere))))
                .doesNotContain("<option value=\"" + elsewhere + "\"");
        PortalUser member = fixtures.user(Role.MEMBER, fixtures.member(cell, "Lê", "Văn", "Tìm"), null);
        mvc.perform(get("/organizations/choices").param("unitQ", "chi bo").with(user(member))).andExpect(status().isForbidden());
    }

    private String page(PortalUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long statementsFor(PortalUser user, String size) throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/members").param("size", size).with(user(user))).andExpect(status().isOk());
        return StatementCounter.count();
    }

    private List<MemberRow> search(String q) {
        MemberFilter filter = new MemberFilter();
        filter.setQ(q);
        return search.find(filter, unitScope).getContent();
    }

    private static List<String> names(List<MemberRow> rows) {
        return rows.stream().map(MemberRow::fullName).toList();
    }
}
