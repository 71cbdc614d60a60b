package vn.dangbo.portal.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.security.Scope;

/**
 * The yearly frameworks for assessing meetings, kept by staff: a new year starts from the previous year's
 * framework (or from the usual criteria); level bounds must be in order and the criteria complete; a year
 * is closed once one of its meetings has been assessed, so every assessment of a year uses the same rules.
 */
@Service
public class QualityFrameworks {

    /** Empty lines offered on the form for new criteria. */
    private static final int BLANK_LINES = 3;

    /** The usual criteria (after Hướng dẫn 12-HD/BTCTW on the quality of cell meetings), 100 points in all. */
    private static final List<FrameworkForm.Line> USUAL_CRITERIA = List.of(
            new FrameworkForm.Line("Chuẩn bị nội dung, thông báo lịch sinh hoạt trước", 10),
            new FrameworkForm.Line("Tỷ lệ đảng viên dự sinh hoạt", 15),
            new FrameworkForm.Line("Thực hiện đúng quy trình, thời gian sinh hoạt", 15),
            new FrameworkForm.Line("Đánh giá nhiệm vụ tháng, kiểm điểm việc thực hiện cam kết nêu gương", 20),
            new FrameworkForm.Line("Phát huy dân chủ, tự phê bình và phê bình", 20),
            new FrameworkForm.Line("Nghị quyết ngắn gọn, có giải pháp khả thi", 10),
            new FrameworkForm.Line("Biên bản, sổ sách ghi chép đầy đủ", 10));

    /** A criterion of a saved framework. */
    public record Criterion(long id, String name, int weight) {
    }

    private final QualityFrameworkRepository frameworks;
    private final MeetingCriterionRepository criteria;
    private final MeetingAssessmentRepository assessments;

    QualityFrameworks(QualityFrameworkRepository frameworks, MeetingCriterionRepository criteria,
                      MeetingAssessmentRepository assessments) {
        this.frameworks = frameworks;
        this.criteria = criteria;
        this.assessments = assessments;
    }

    /** The form for the year: its framework, else a copy of the latest earlier one, else the usual criteria. */
    @Transactional(readOnly = true)
    public FrameworkForm formFor(int year) {
        FrameworkForm form = new FrameworkForm();
        QualityFramework source = frameworks.findById(year)
                .or(() -> frameworks.findFirstByYearLessThanOrderByYearDesc(year)).orElse(null);
        if (source == null) {
            form.setGoodFrom(90);
            form.setFairFrom(75);
            form.setAverageFrom(50);
            form.setAttendanceThreshold(QualityFramework.DEFAULT_ATTENDANCE_THRESHOLD.intValue());
            form.getCriteria().addAll(USUAL_CRITERIA.stream().map(line -> new FrameworkForm.Line(line.getName(), line.getWeight())).toList());
        } else {
            form.setGoodFrom(source.getGoodFrom().intValue());
            form.setFairFrom(source.getFairFrom().intValue());
            form.setAverageFrom(source.getAverageFrom().intValue());
            form.setAttendanceThreshold(source.getAttendanceThreshold().intValue());
            form.setVersion(source.getYear() == year ? source.getVersion() : null);
            form.getCriteria().addAll(criteria.findByYearOrderByPosition(source.getYear()).stream()
                    .map(criterion -> new FrameworkForm.Line(criterion.getName(), criterion.getWeight())).toList());
        }
        for (int i = 0; i < BLANK_LINES; i++) {
            form.getCriteria().add(new FrameworkForm.Line());
        }
        return form;
    }

    public boolean exists(int year) {
        return frameworks.existsById(year);
    }

    /** Closed: a meeting of the year has been assessed. */
    public boolean isClosed(int year) {
        return assessments.existsInYear(year);
    }

    /** The year's criteria in order (empty when the year has no framework). */
    public List<Criterion> criteriaOf(int year) {
        return criteria.findByYearOrderByPosition(year).stream()
                .map(criterion -> new Criterion(criterion.getId(), criterion.getName(), criterion.getWeight())).toList();
    }

    @Transactional
    public void save(int year, FrameworkForm form, Errors errors, Scope scope) {
        if (!scope.isEverything() || !scope.canEdit()) {
            throw new AccessDeniedException("frameworks are kept by the bloc committee's staff");
        }
        QualityFramework framework = frameworks.findById(year).orElse(null);
        if (!Objects.equals(form.getVersion(), framework == null ? null : framework.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (isClosed(year)) {
            errors.reject("meeting.criteria.closed", new Object[] {String.valueOf(year)}, null);
            return;
        }
        if (!(form.getGoodFrom() > form.getFairFrom() && form.getFairFrom() > form.getAverageFrom())) {
            errors.reject("meeting.criteria.levelsOrder");
        }
        List<FrameworkForm.Line> lines = form.getCriteria().stream().filter(line -> !line.isBlank()).toList();
        if (lines.stream().anyMatch(line -> line.getName() == null || line.getWeight() == null)) {
            errors.reject("meeting.criteria.lineIncomplete");
        } else if (lines.isEmpty()) {
            errors.reject("meeting.criteria.none");
        }
        if (errors.hasErrors()) {
            return;
        }
        if (framework == null) {
            framework = new QualityFramework(year);
        }
        framework.update(form);
        frameworks.saveAndFlush(framework);
        criteria.deleteAll(criteria.findByYearOrderByPosition(year));
        criteria.flush();
        List<MeetingCriterion> saved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            saved.add(new MeetingCriterion(year, i + 1, lines.get(i).getName(), lines.get(i).getWeight()));
        }
        criteria.saveAllAndFlush(saved);
    }
}
