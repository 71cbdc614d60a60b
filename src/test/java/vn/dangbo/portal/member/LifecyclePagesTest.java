package vn.dangbo.portal.member;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Every page of the lifecycle issue renders, in Vietnamese and in English, with what it is for. */
@PortalTest
class LifecyclePagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void everyPageRendersForStaffInBothLanguages() throws Exception {
        long committee = fixtures.committee("Đảng bộ Sở Tài chính");
        long cell = fixtures.subCell(committee, "Chi bộ Văn phòng");
        long member = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Sáu"));
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        String[][] pages = {
                {"/members/new", "Vào sổ đảng viên"},
                {"/members/" + member, "Quá trình sinh hoạt Đảng"},
                {"/members/" + member + "/edit", "Tình trạng, chi bộ và các ngày"},
                {"/members/" + member + "/events/new?kind=TRANSFER_INTERNAL", "Chuyển đến chi bộ"},
                {"/members/" + member + "/events/new?kind=OFFICIAL", "Chỉ chuyển chính thức khi đã đủ 12 tháng"},
                {"/members/" + member + "/discipline/new", "Hình thức kỷ luật"},
                {"/members/import", "Tải tệp mẫu"},
                {"/members?asOf=01/01/2015", "Danh sách đảng viên tại ngày 01/01/2015"},
                {"/organizations?asOf=01/01/2015", "tổ chức cơ sở đảng"},
                {"/organizations/" + committee, "Lịch sử tổ chức, sắp xếp tổ chức"},
                {"/organizations/" + committee + "/merge", "Sáp nhập, hợp nhất đơn vị"},
                {"/organizations/" + committee + "/split", "Chia tách đơn vị"},
                {"/organizations/" + cell + "/move", "Ngày có hiệu lực"},
                {"/admissions", "Quần chúng ưu tú"},
                {"/admissions/new?organization=" + cell, "Đảng viên chính thức giới thiệu"},
                {"/badges", "Xét tặng Huy hiệu Đảng"},
                {"/badges?batch=2026-11-08", "không phải một đợt xét tặng"},
                {"/good-deeds", "người tốt, việc tốt"},
                {"/good-deeds/new?member=" + member, "Ghi vào sổ người tốt, việc tốt"},
                {"/good-deeds/new", "Tập thể (đơn vị)"},
        };
        for (String[] page : pages) {
            mvc.perform(get(page[0]).with(user(staff))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(page[1])));
            mvc.perform(get(page[0]).param("lang", "en").with(user(staff))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
    }
}
