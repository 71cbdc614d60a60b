package vn.dangbo.portal.demo;

import java.util.List;
import java.util.Random;

/**
 * Realistic Vietnamese names for the demo bloc: family names weighted roughly as in Vietnam (Nguyễn about
 * 38 %, Trần 11 %, Lê 9.5 % …), middle and given names by gender.
 */
final class VietnameseNames {

    private record Weighted(String value, int weight) {
    }

    private static final List<Weighted> FAMILY = List.of(
            new Weighted("Nguyễn", 380), new Weighted("Trần", 110), new Weighted("Lê", 95), new Weighted("Phạm", 70),
            new Weighted("Hoàng", 50), new Weighted("Phan", 45), new Weighted("Võ", 39), new Weighted("Hồ", 30),
            new Weighted("Đặng", 21), new Weighted("Bùi", 20), new Weighted("Đỗ", 14), new Weighted("Ngô", 13),
            new Weighted("Dương", 10), new Weighted("Đinh", 9), new Weighted("Lý", 5), new Weighted("Cao", 8),
            new Weighted("Thái", 7), new Weighted("Hà", 7), new Weighted("Đào", 6), new Weighted("Lương", 5),
            new Weighted("Mai", 4), new Weighted("Trương", 6), new Weighted("Chu", 3), new Weighted("Tạ", 2),
            new Weighted("Kiều", 2), new Weighted("Nghiêm", 2), new Weighted("Tô", 2), new Weighted("Vương", 2));

    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quang", "Xuân",
            "Thanh", "Ngọc", "Công", "Đình", "Trọng", "Hồng", "Anh", "Quốc", "Mạnh", "Tiến", "Thế", "Duy", "Bá", "Viết");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh",
            "Thị Minh", "Ngọc", "Thanh", "Thu", "Hồng", "Phương", "Minh", "Thị Hồng", "Thị Ngọc", "Hoài", "Diệu");
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Thắng", "Hải", "Sơn",
            "Long", "Quang", "Cường", "Đức", "Tùng", "Trung", "Hiếu", "Hoàng", "Kiên", "Phong", "Bình", "Thành", "Vinh",
            "Tâm", "Toàn", "Lâm", "Khánh", "Đạt", "Hưng", "Quân", "Huy", "Tài", "Trí", "Việt", "Anh", "Lực", "Chiến",
            "Thịnh", "Phúc", "Lộc", "Hào", "Sáng", "Tú", "Bảo", "Định", "Giang", "Nghĩa", "Tiến", "Thái", "Linh", "Đông");
    private static final List<String> FEMALE_GIVEN = List.of("Hương", "Lan", "Hoa", "Hằng", "Trang", "Linh", "Mai",
            "Nga", "Thủy", "Hà", "Huyền", "Loan", "Thảo", "Yến", "Phương", "Nhung", "Oanh", "Hạnh", "Dung", "Ngọc", "Vân",
            "Tâm", "Hiền", "Thanh", "Giang", "Châu", "Quỳnh", "Tuyết", "Anh", "Ly", "Nhàn", "Hồng", "Lệ", "Thơ", "Nhi",
            "Diệp", "Trinh", "Xuân", "Hậu", "Liên", "Bình", "Sương", "Duyên", "Nguyệt");

    private static final int FAMILY_TOTAL = FAMILY.stream().mapToInt(Weighted::weight).sum();

    private VietnameseNames() {
    }

    static String family(Random random) {
        int pick = random.nextInt(FAMILY_TOTAL);
        for (Weighted name : FAMILY) {
            pick -= name.weight();
            if (pick < 0) {
                return name.value();
            }
        }
        throw new IllegalStateException("weights");
    }

    static String middle(Random random, boolean male) {
        return pickFrom(random, male ? MALE_MIDDLE : FEMALE_MIDDLE);
    }

    static String given(Random random, boolean male) {
        return pickFrom(random, male ? MALE_GIVEN : FEMALE_GIVEN);
    }

    static <T> T pickFrom(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
