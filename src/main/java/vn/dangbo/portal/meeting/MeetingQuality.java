package vn.dangbo.portal.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Assessing a meeting against its year's framework: the cell gives points per criterion (0 to the
 * criterion's weight), the score is the share of all weights on a 0–100 scale and the level follows from
 * the framework's bounds; the committee above (staff, or a secretary above the cell) checks it, confirming
 * or setting the level — never the person who assessed it. A checked assessment is no longer changed by the cell.
 */
@Service
public class MeetingQuality {

    /** What the meeting page shows of the assessment. */
    public record View(List<QualityFrameworks.Criterion> criteria, Map<Long, Integer> points, BigDecimal score,
                       QualityLevel level, String assessedBy, QualityLevel checkedLevel, String checkedBy,
                       String checkNote, QualityLevel finalLevel) {
    }

    private final MeetingRecords records;
    private final MeetingAssessmentRepository assessments;
    private final QualityFrameworkRepository frameworks;
    private final QualityFrameworks frameworkCriteria;
    private final Clock clock;

    MeetingQuality(MeetingRecords records, MeetingAssessmentRepository assessments, QualityFrameworkRepository frameworks,
                   QualityFrameworks frameworkCriteria, Clock clock) {
        this.records = records;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.frameworkCriteria = frameworkCriteria;
        this.clock = clock;
    }

    /** The assessment of a meeting the user may see, empty while not assessed. */
    @Transactional(readOnly = true)
    public Optional<View> of(Meeting meeting) {
        return assessments.findById(meeting.getId()).map(assessment -> new View(
                frameworkCriteria.criteriaOf(meeting.getHeldOn().getYear()), Map.copyOf(assessment.getPoints()),
                assessment.getScore(), assessment.getLevel(), assessment.getAssessedBy(), assessment.getCheckedLevel(),
                assessment.getCheckedBy(), assessment.getCheckNote(), assessment.getFinalLevel()));
    }

    @Transactional
    public void assess(long meetingId, Map<Long, Integer> points, Errors errors, Scope scope) {
        Meeting meeting = records.visible(meetingId, scope);
        records.editableCell(meeting.getOrganizationId(), scope);
        int year = meeting.getHeldOn().getYear();
        QualityFramework framework = frameworks.findById(year).orElse(null);
        List<QualityFrameworks.Criterion> criteria = frameworkCriteria.criteriaOf(year);
        if (framework == null || criteria.isEmpty()) {
            errors.reject("meeting.assessment.noFramework", new Object[] {String.valueOf(year)}, null);
            return;
        }
        MeetingAssessment assessment = assessments.findById(meetingId).orElseGet(() -> new MeetingAssessment(meetingId));
        if (assessment.isChecked()) {
            errors.reject("meeting.assessment.alreadyChecked");
            return;
        }
        if (!criteria.stream().map(QualityFrameworks.Criterion::id).toList().containsAll(points.keySet())) {
            errors.reject("meeting.assessment.unknownCriterion");
            return;
        }
        int total = 0;
        int weights = 0;
        for (QualityFrameworks.Criterion criterion : criteria) {
            Integer given = points.get(criterion.id());
            if (given == null || given < 0 || given > criterion.weight()) {
                errors.reject("meeting.assessment.pointsInvalid", new Object[] {criterion.name(), criterion.weight()}, null);
            } else {
                total += given;
            }
            weights += criterion.weight();
        }
        if (errors.hasErrors()) {
            return;
        }
        BigDecimal score = BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        assessment.assess(points, score, framework.levelFor(score), currentUser(), clock.instant());
        assessments.saveAndFlush(assessment);
    }

    @Transactional
    public void check(long meetingId, QualityLevel level, String note, Errors errors, Scope scope) {
        Meeting meeting = records.visible(meetingId, scope);
        Organization cell = records.visibleCell(meeting.getOrganizationId(), scope);
        scope.checkCanRestructure(cell.getPath());
        MeetingAssessment assessment = assessments.findById(meetingId).orElse(null);
        if (assessment == null) {
            errors.reject("meeting.assessment.notYet");
        } else if (Objects.equals(assessment.getAssessedBy(), currentUser())) {
            errors.reject("meeting.assessment.ownCheck");
        } else if (level == null) {
            errors.rejectValue("level", "NotNull");
        }
        if (errors.hasErrors()) {
            return;
        }
        assessment.check(level, note == null || note.isBlank() ? null : note.strip(), currentUser(), clock.instant());
        assessments.flush();
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
