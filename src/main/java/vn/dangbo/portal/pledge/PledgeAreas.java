package vn.dangbo.portal.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The content areas of each year's pledge book, kept by the bloc committee staff. A year that has none
 * yet starts as a copy of the latest earlier year, or of the default list of domain.md (Quy định
 * 101-QĐ/TW, 08-QĐi/TW, Chỉ thị 05-CT/TW). Areas may be renamed, reordered and added at any time; they
 * may be removed only while no member has a pledge for that year, so no commitment loses its area.
 */
@Service
public class PledgeAreas {

    /** The default areas: title and guidance. */
    static final List<List<String>> DEFAULTS = List.of(
            List.of("Lập trường tư tưởng chính trị",
                    "Kiên định chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh; chấp hành nghiêm đường lối của Đảng, chính sách, pháp luật của Nhà nước."),
            List.of("Phẩm chất đạo đức, lối sống",
                    "Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực; không tham nhũng, lãng phí, tiêu cực."),
            List.of("Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc",
                    "Chấp hành nguyên tắc tập trung dân chủ, kỷ luật, kỷ cương hành chính; tác phong sâu sát, gần gũi."),
            List.of("Thực hiện chức trách, nhiệm vụ được giao",
                    "Hoàn thành nhiệm vụ đúng tiến độ, bảo đảm chất lượng; chủ động đề xuất, đổi mới cách làm."),
            List.of("Quan hệ với đồng nghiệp và nhân dân",
                    "Đoàn kết, tôn trọng đồng nghiệp; tận tụy, trách nhiệm khi phục vụ nhân dân."),
            List.of("Tự phê bình và phê bình",
                    "Thẳng thắn tự phê bình và phê bình; tiếp thu góp ý, kịp thời sửa chữa khuyết điểm."),
            List.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                    "Thực hiện Chỉ thị 05-CT/TW: đăng ký và thực hiện ít nhất một việc làm cụ thể."));

    private final PledgeAreaRepository areas;
    private final PledgeRepository pledges;
    private final JdbcClient jdbc;

    PledgeAreas(PledgeAreaRepository areas, PledgeRepository pledges, JdbcClient jdbc) {
        this.areas = areas;
        this.pledges = pledges;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PledgeArea> ofYear(int year) {
        return areas.findByYearOrderByPosition(year);
    }

    /** The areas of the year, created from the latest earlier year (or the defaults) if there are none yet. */
    @Transactional
    public List<PledgeArea> ensureYear(int year) {
        List<PledgeArea> existing = areas.findByYearOrderByPosition(year);
        if (!existing.isEmpty()) {
            return existing;
        }
        // two first visitors of a new year must not both copy the list
        jdbc.sql("SELECT pg_advisory_xact_lock(20, :year)").param("year", year).query().listOfRows();
        existing = areas.findByYearOrderByPosition(year);
        if (!existing.isEmpty()) {
            return existing;
        }
        Integer from = areas.findLatestYearBefore(year);
        List<PledgeArea> created = new ArrayList<>();
        if (from != null) {
            for (PledgeArea area : areas.findByYearOrderByPosition(from)) {
                created.add(new PledgeArea(year, area.getPosition(), area.getTitle(), area.getGuidance()));
            }
        } else {
            for (int i = 0; i < DEFAULTS.size(); i++) {
                created.add(new PledgeArea(year, i + 1, DEFAULTS.get(i).get(0), DEFAULTS.get(i).get(1)));
            }
        }
        areas.saveAllAndFlush(created);
        return areas.findByYearOrderByPosition(year);
    }

    @Transactional
    public void add(int year, AreaForm form, Errors errors, Scope scope) {
        checkMayManage(scope);
        if (areas.existsByYearAndTitleIgnoreCaseAndIdNot(year, form.getTitle(), -1L)) {
            errors.rejectValue("title", "pledge.area.duplicate");
            return;
        }
        int next = areas.findByYearOrderByPosition(year).stream().mapToInt(PledgeArea::getPosition).max().orElse(0) + 1;
        areas.saveAndFlush(new PledgeArea(year, next, form.getTitle(), form.getGuidance()));
    }

    @Transactional
    public void update(long id, AreaForm form, Errors errors, Scope scope) {
        checkMayManage(scope);
        PledgeArea area = areas.findById(id).orElseThrow(NotFound::new);
        if (!Objects.equals(form.getVersion(), area.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (areas.existsByYearAndTitleIgnoreCaseAndIdNot(area.getYear(), form.getTitle(), id)) {
            errors.rejectValue("title", "pledge.area.duplicate");
            return;
        }
        area.describe(form.getTitle(), form.getGuidance());
        areas.flush();
    }

    /** Swaps the area with its neighbour above (or below). */
    @Transactional
    public void move(long id, boolean up, Scope scope) {
        checkMayManage(scope);
        PledgeArea area = areas.findById(id).orElseThrow(NotFound::new);
        List<PledgeArea> year = areas.findByYearOrderByPosition(area.getYear());
        int index = year.indexOf(area);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= year.size()) {
            return;
        }
        PledgeArea neighbour = year.get(other);
        int position = area.getPosition();
        area.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
        areas.flush();
    }

    /** Removes an area; refused once members have pledged for that year. Returns the year. */
    @Transactional
    public int delete(long id, Errors errors, Scope scope) {
        checkMayManage(scope);
        PledgeArea area = areas.findById(id).orElseThrow(NotFound::new);
        if (pledges.existsByYear(area.getYear())) {
            errors.reject("pledge.area.inUse");
            return area.getYear();
        }
        areas.delete(area);
        areas.flush();
        return area.getYear();
    }

    /** The list of areas is the bloc committee's: its staff (and administrators) keep it. */
    static boolean mayManage(Scope scope) {
        return scope.isEverything() && scope.canEdit();
    }

    private static void checkMayManage(Scope scope) {
        if (!mayManage(scope)) {
            throw new AccessDeniedException("only the bloc committee staff keep the pledge areas");
        }
    }
}
