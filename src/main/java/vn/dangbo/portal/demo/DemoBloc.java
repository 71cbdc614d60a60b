package vn.dangbo.portal.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of the demo bloc, after the XX congress article: 64 grassroots organisations of the
 * provincial agencies (21 đảng bộ cơ sở with their sub-cells, 43 chi bộ cơ sở) and 5,112 members on the
 * congress date, 23/07/2020.
 */
final class DemoBloc {

    static final LocalDate CONGRESS_XX = LocalDate.of(2020, 7, 23);
    static final int MEMBERS_AT_CONGRESS = 5112;

    static final String BLOC_NAME = "Đảng bộ Khối các cơ quan tỉnh Nghệ An";
    static final String BLOC_SHORT_NAME = "Đảng bộ Khối CCQ tỉnh";
    static final String OFFICE_AGENCY = "Cơ quan Đảng ủy Khối";

    /** A grassroots organisation: a đảng bộ cơ sở when it has divisions (sub-cells), else a chi bộ cơ sở. */
    record Grassroots(String agency, int members, List<String> divisions) {

        boolean isCommittee() {
            return !divisions.isEmpty();
        }

        String partyName() {
            return (isCommittee() ? "Đảng bộ " : "Chi bộ ") + agency;
        }
    }

    /** The 21 đảng bộ cơ sở, the largest first (its secretary is the demo account {@code secretary}). */
    static final List<Grassroots> COMMITTEES = List.of(
            new Grassroots("Sở Nông nghiệp và Phát triển nông thôn", 402, List.of("Văn phòng Sở", "Chi cục Kiểm lâm",
                    "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y",
                    "Chi cục Thủy sản", "Chi cục Phát triển nông thôn", "Trung tâm Khuyến nông")),
            new Grassroots("Sở Y tế", 262, List.of("Văn phòng Sở", "Phòng Nghiệp vụ Y", "Thanh tra Sở",
                    "Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Kiểm soát bệnh tật")),
            new Grassroots("Cục Thuế tỉnh", 246, List.of("Văn phòng Cục", "Phòng Kiểm tra thuế", "Phòng Thanh tra thuế",
                    "Phòng Quản lý nợ", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "Phòng Kê khai và Kế toán thuế",
                    "Phòng Tổ chức cán bộ")),
            new Grassroots("Sở Giáo dục và Đào tạo", 228, List.of("Văn phòng Sở", "Phòng Giáo dục Trung học",
                    "Phòng Giáo dục Mầm non - Tiểu học", "Phòng Khảo thí và Kiểm định chất lượng", "Thanh tra Sở",
                    "Phòng Tổ chức cán bộ")),
            new Grassroots("Bảo hiểm xã hội tỉnh", 168, List.of("Văn phòng", "Phòng Thu - Sổ thẻ", "Phòng Chế độ bảo hiểm xã hội",
                    "Phòng Giám định bảo hiểm y tế", "Phòng Kế hoạch - Tài chính")),
            new Grassroots("Sở Tài nguyên và Môi trường", 158, List.of("Văn phòng Sở", "Chi cục Bảo vệ môi trường",
                    "Chi cục Quản lý đất đai", "Văn phòng Đăng ký đất đai", "Trung tâm Quan trắc tài nguyên và môi trường",
                    "Phòng Khoáng sản")),
            new Grassroots("Sở Giao thông vận tải", 152, List.of("Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý vận tải",
                    "Ban Quản lý dự án", "Trung tâm Đăng kiểm")),
            new Grassroots("Kho bạc Nhà nước tỉnh", 148, List.of("Văn phòng", "Phòng Kế toán nhà nước", "Phòng Kiểm soát chi",
                    "Phòng Thanh tra - Kiểm tra", "Phòng Tin học")),
            new Grassroots("Văn phòng Ủy ban nhân dân tỉnh", 138, List.of("Phòng Hành chính - Tổ chức", "Phòng Tổng hợp",
                    "Phòng Kinh tế", "Phòng Khoa giáo - Văn xã", "Trung tâm Công báo - Tin học")),
            new Grassroots("Sở Văn hóa và Thể thao", 134, List.of("Văn phòng Sở", "Phòng Quản lý văn hóa", "Bảo tàng tỉnh",
                    "Thư viện tỉnh", "Trung tâm Huấn luyện và Thi đấu thể thao")),
            new Grassroots("Tòa án nhân dân tỉnh", 128, List.of("Văn phòng", "Tòa Hình sự", "Tòa Dân sự", "Tòa Hành chính - Kinh tế")),
            new Grassroots("Viện Kiểm sát nhân dân tỉnh", 124, List.of("Văn phòng", "Phòng Thực hành quyền công tố số 1",
                    "Phòng Thực hành quyền công tố số 2", "Phòng Kiểm sát việc giải quyết các vụ án dân sự")),
            new Grassroots("Đài Phát thanh và Truyền hình tỉnh", 118, List.of("Phòng Tổ chức - Hành chính", "Phòng Thời sự",
                    "Phòng Chuyên đề", "Phòng Kỹ thuật - Công nghệ")),
            new Grassroots("Sở Công Thương", 118, List.of("Văn phòng Sở", "Phòng Quản lý công nghiệp",
                    "Phòng Quản lý thương mại", "Trung tâm Khuyến công")),
            new Grassroots("Sở Lao động - Thương binh và Xã hội", 116, List.of("Văn phòng Sở", "Phòng Người có công",
                    "Phòng Bảo trợ xã hội", "Trung tâm Dịch vụ việc làm")),
            new Grassroots("Cục Hải quan tỉnh", 112, List.of("Văn phòng Cục", "Phòng Nghiệp vụ", "Chi cục Hải quan cửa khẩu",
                    "Đội Kiểm soát hải quan")),
            new Grassroots("Sở Tài chính", 106, List.of("Văn phòng Sở", "Phòng Quản lý ngân sách", "Phòng Tài chính doanh nghiệp")),
            new Grassroots("Sở Xây dựng", 94, List.of("Văn phòng Sở", "Phòng Quản lý xây dựng", "Thanh tra Sở")),
            new Grassroots("Báo Nghệ An", 86, List.of("Ban Thư ký tòa soạn", "Ban Thời sự", "Ban Điện tử")),
            new Grassroots("Cục Thống kê tỉnh", 78, List.of("Văn phòng Cục", "Phòng Thống kê Kinh tế", "Phòng Thống kê Xã hội")),
            new Grassroots("Trường Chính trị tỉnh", 72, List.of("Khoa Lý luận cơ sở", "Khoa Nhà nước và Pháp luật",
                    "Phòng Tổ chức - Hành chính")));

    /** The 43 chi bộ cơ sở; the first is the bloc committee's own office (staff and leaders). */
    static final List<String> CELL_AGENCIES = List.of(OFFICE_AGENCY, "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
            "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Sở Tư pháp",
            "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Du lịch", "Sở Ngoại vụ", "Thanh tra tỉnh",
            "Ban Dân tộc tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh", "Cục Thi hành án dân sự tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Liên đoàn Lao động tỉnh",
            "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Liên minh Hợp tác xã tỉnh", "Ban Quản lý Khu kinh tế Đông Nam",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Hội Văn học Nghệ thuật tỉnh",
            "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", "Cục Quản lý thị trường tỉnh", "Hội Chữ thập đỏ tỉnh",
            "Hội Luật gia tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh", "Hội Nhà báo tỉnh", "Đài Khí tượng thủy văn tỉnh",
            "Quỹ Đầu tư phát triển tỉnh", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh",
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
            "Trung tâm Phục vụ hành chính công tỉnh", "Ban Quản lý Di tích và Danh thắng tỉnh",
            "Trường Cao đẳng Văn hóa Nghệ thuật tỉnh", "Hội Người cao tuổi tỉnh");

    static final List<String> HOMETOWNS = List.of("huyện Nam Đàn, Nghệ An", "huyện Nghi Lộc, Nghệ An",
            "huyện Hưng Nguyên, Nghệ An", "huyện Diễn Châu, Nghệ An", "huyện Quỳnh Lưu, Nghệ An", "huyện Yên Thành, Nghệ An",
            "huyện Đô Lương, Nghệ An", "huyện Thanh Chương, Nghệ An", "huyện Anh Sơn, Nghệ An", "huyện Tân Kỳ, Nghệ An",
            "thành phố Vinh, Nghệ An", "thị xã Cửa Lò, Nghệ An", "thị xã Thái Hòa, Nghệ An", "huyện Con Cuông, Nghệ An",
            "huyện Quỳ Hợp, Nghệ An", "huyện Nghĩa Đàn, Nghệ An", "huyện Can Lộc, Hà Tĩnh", "huyện Đức Thọ, Hà Tĩnh",
            "huyện Tĩnh Gia, Thanh Hóa", "huyện Hoằng Hóa, Thanh Hóa");

    static final List<String> DEGREES = List.of("Cử nhân Kinh tế", "Cử nhân Luật", "Cử nhân Quản trị kinh doanh",
            "Thạc sĩ Quản lý công", "Thạc sĩ Kinh tế", "Kỹ sư Nông nghiệp", "Kỹ sư Xây dựng", "Cử nhân Tài chính - Ngân hàng",
            "Cử nhân Kế toán", "Cử nhân Báo chí", "Bác sĩ đa khoa", "Cử nhân Sư phạm", "Kỹ sư Công nghệ thông tin",
            "Tiến sĩ Kinh tế", "Cử nhân Hành chính", "Cử nhân Xây dựng Đảng");

    static final List<String> JOB_TITLES = List.of("Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính",
            "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Kế toán viên", "Văn thư", "Thanh tra viên",
            "Cán sự", "Kiểm soát viên", "Chuyên viên cao cấp");

    private DemoBloc() {
    }
}
