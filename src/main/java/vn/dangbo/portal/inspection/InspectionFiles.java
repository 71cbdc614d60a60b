package vn.dangbo.portal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.discipline.DisciplineRecord;
import vn.dangbo.portal.discipline.DisciplineRecords;
import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.web.NotFound;

/**
 * Keeps the inspection files: plans an inspection in a programme, starts it, records the conclusion with
 * its recommendations, follows each recommendation up, and records the violations found with the
 * discipline decision each led to. Every read of a file is audited.
 */
@Service
class InspectionFiles {

    private final InspectionRepository inspections;
    private final RecommendationRepository recommendations;
    private final ViolationRepository violations;
    private final DisciplineRecords disciplineRecords;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    InspectionFiles(InspectionRepository inspections, RecommendationRepository recommendations, ViolationRepository violations,
                    DisciplineRecords disciplineRecords, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.violations = violations;
        this.disciplineRecords = disciplineRecords;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The file as its page shows it; the read is audited. */
    @Transactional
    InspectionFile open(long id, InspectionAccess access) {
        Inspection inspection = inspections.findById(id).orElseThrow(NotFound::new);
        Units units = units(inspection);
        if (!access.mayRead(inspection, units.programmePath())) {
            throw new AccessDeniedException("inspection file outside the user's rights");
        }
        List<Violation> found = violations.findByInspectionIdOrderByIdAsc(id);
        var discipline = disciplineRecords.byIds(found.stream().map(Violation::getDisciplineRecordId).filter(Objects::nonNull).toList());
        List<ViolationPath> paths = found.stream()
                .map(v -> new ViolationPath(v, memberName(v.getMemberId()), v.getDisciplineRecordId() == null ? null
                        : discipline.get(v.getDisciplineRecordId())))
                .toList();
        auditLog.record(AuditAction.VIEW, "Inspection", id, "Xem hồ sơ kiểm tra, giám sát: " + units.subjectName());
        return new InspectionFile(inspection, units, recommendations.findByInspectionIdOrderByDueOnAscIdAsc(id), paths,
                access.mayEdit(units.programmePath()), LocalDate.now(clock));
    }

    @Transactional
    Long plan(InspectionForm form, Errors errors, InspectionAccess access) {
        if (!checkPlan(form, errors, access)) {
            return null;
        }
        Inspection inspection = new Inspection(form.getProgrammeUnitId(), form.getProgrammeBody(), form.getYear());
        inspection.plan(form);
        return inspections.saveAndFlush(inspection).getId();
    }

    @Transactional
    void update(long id, InspectionForm form, Errors errors, InspectionAccess access) {
        Inspection inspection = editable(id, access);
        if (!Objects.equals(form.getVersion(), inspection.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (inspection.getState() == InspectionState.CONCLUDED) {
            errors.reject("inspection.alreadyConcluded");
            return;
        }
        form.setProgrammeUnitId(inspection.getProgrammeUnitId());
        form.setProgrammeBody(inspection.getProgrammeBody());
        form.setYear(inspection.getYear());
        if (checkPlan(form, errors, access)) {
            inspection.plan(form);
            inspections.flush();
        }
    }

    @Transactional
    void start(long id, long version, InspectionAccess access) {
        Inspection inspection = editable(id, access);
        if (inspection.getVersion() == version && inspection.getState() == InspectionState.PLANNED) {
            inspection.start();
            inspections.flush();
        }
    }

    @Transactional
    boolean conclude(long id, ConclusionForm form, Errors errors, InspectionAccess access) {
        Inspection inspection = editable(id, access);
        if (!Objects.equals(form.getVersion(), inspection.getVersion())) {
            errors.reject("concurrentEdit");
            return false;
        }
        if (inspection.getState() == InspectionState.CONCLUDED) {
            errors.reject("inspection.alreadyConcluded");
            return false;
        }
        if (form.getConclusionDate().isBefore(inspection.getStartsOn())) {
            errors.rejectValue("conclusionDate", "inspection.conclusionBeforeStart");
        }
        boolean hasRecommendation = form.getRecommendation() != null && !form.getRecommendation().isBlank();
        if (hasRecommendation && form.getRecommendationDueOn() == null) {
            errors.rejectValue("recommendationDueOn", "NotNull");
        }
        if (errors.hasErrors()) {
            return false;
        }
        inspection.conclude(form);
        inspections.flush();
        if (hasRecommendation) {
            recommendations.saveAndFlush(new Recommendation(id, form.getRecommendation(), form.getRecommendationDueOn()));
        }
        return true;
    }

    @Transactional
    boolean recommend(long id, String content, LocalDate dueOn, Errors errors, InspectionAccess access) {
        Inspection inspection = editable(id, access);
        if (inspection.getState() != InspectionState.CONCLUDED) {
            errors.reject("inspection.notConcluded");
            return false;
        }
        if (content == null || content.isBlank()) {
            errors.rejectValue("recommendation", "NotBlank");
        }
        if (dueOn == null) {
            errors.rejectValue("recommendationDueOn", "NotNull");
        }
        if (errors.hasErrors()) {
            return false;
        }
        recommendations.saveAndFlush(new Recommendation(id, content, dueOn));
        return true;
    }

    /** Marks a recommendation carried out; a date in the future or before the conclusion is refused. */
    @Transactional
    boolean recommendationDone(long id, long recommendationId, LocalDate on, String note, InspectionAccess access) {
        Inspection inspection = editable(id, access);
        Recommendation recommendation = recommendations.findById(recommendationId)
                .filter(r -> r.getInspectionId() == id).orElseThrow(NotFound::new);
        if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(inspection.getConclusionDate())) {
            return false;
        }
        recommendation.done(on, note);
        recommendations.flush();
        return true;
    }

    /** Records a member's violation: the subject member, or a member of the subject unit or below it. */
    @Transactional
    boolean violation(long id, Long memberId, String description, Errors errors, InspectionAccess access) {
        Inspection inspection = editable(id, access);
        if (inspection.getState() != InspectionState.CONCLUDED) {
            errors.reject("inspection.notConcluded");
            return false;
        }
        if (memberId == null || !memberUnder(memberId, units(inspection).subjectPath())) {
            errors.rejectValue("memberId", "inspection.violation.memberNotInSubject");
        }
        if (description == null || description.isBlank()) {
            errors.rejectValue("description", "NotBlank");
        }
        if (errors.hasErrors()) {
            return false;
        }
        if (violations.findByInspectionIdOrderByIdAsc(id).stream().anyMatch(v -> v.getMemberId() == memberId)) {
            errors.rejectValue("memberId", "inspection.violation.duplicate");
            return false;
        }
        violations.saveAndFlush(new Violation(id, memberId, description));
        return true;
    }

    /** Links a violation to the discipline decision it led to: a decision about the same member, not linked elsewhere. */
    @Transactional
    boolean linkDiscipline(long id, long violationId, Long disciplineRecordId, InspectionAccess access) {
        editable(id, access);
        Violation violation = violations.findById(violationId).filter(v -> v.getInspectionId() == id).orElseThrow(NotFound::new);
        if (disciplineRecordId == null) {
            return false;
        }
        DisciplineRecord record = disciplineRecords.byIds(List.of(disciplineRecordId)).get(disciplineRecordId);
        if (record == null || record.getMemberId() != violation.getMemberId()
                || violations.findAll().stream().anyMatch(v -> disciplineRecordId.equals(v.getDisciplineRecordId()))) {
            return false;
        }
        violation.ledTo(disciplineRecordId);
        violations.flush();
        return true;
    }

    /** The current members of a unit and the units below it, to choose a subject or a member who violated. */
    @Transactional(readOnly = true)
    List<MemberChoice> membersUnder(long unitId, InspectionAccess access) {
        String path = pathOf(unitId);
        if (path == null) {
            throw new NotFound();
        }
        if (!access.keeps(path)) {
            throw new AccessDeniedException("unit outside the programmes the user keeps");
        }
        return jdbc.sql("""
                        SELECT m.id, %s, o.name FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :path AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT')
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(MemberNames.sql("m")))
                .param("path", path + "%")
                .query((rs, n) -> new MemberChoice(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** For each violation not yet linked, the discipline decisions about its member (one query for all). */
    @Transactional(readOnly = true)
    Map<Long, List<DisciplineRecord>> disciplineChoices(List<ViolationPath> paths) {
        List<Long> members = paths.stream().filter(p -> p.discipline() == null).map(p -> p.violation().getMemberId()).toList();
        var byMember = disciplineRecords.between(members, LocalDate.of(1930, 1, 1), LocalDate.now(clock));
        Map<Long, List<DisciplineRecord>> choices = new HashMap<>();
        paths.stream().filter(p -> p.discipline() == null)
                .forEach(p -> choices.put(p.violation().getId(), byMember.getOrDefault(p.violation().getMemberId(), List.of())));
        return choices;
    }

    record MemberChoice(long id, String name, String unitName) {
    }

    Inspection editable(long id, InspectionAccess access) {
        Inspection inspection = inspections.findById(id).orElseThrow(NotFound::new);
        access.checkMayEdit(units(inspection).programmePath());
        return inspection;
    }

    private boolean checkPlan(InspectionForm form, Errors errors, InspectionAccess access) {
        String programmePath = committeePath(form.getProgrammeUnitId());
        if (programmePath == null) {
            errors.rejectValue("programmeUnitId", "inspection.programmeUnit.notACommittee");
            return false;
        }
        access.checkMayEdit(programmePath);
        String subjectPath = pathOf(form.getSubjectUnitId());
        if (subjectPath == null || !subjectPath.startsWith(programmePath)) {
            errors.rejectValue("subjectUnitId", "inspection.subject.outsideProgramme");
        } else if (form.getSubjectMemberId() != null && !memberUnder(form.getSubjectMemberId(), subjectPath)) {
            errors.rejectValue("subjectMemberId", "inspection.subject.memberNotInUnit");
        }
        if (form.getStartsOn() != null && form.getEndsOn() != null) {
            if (form.getEndsOn().isBefore(form.getStartsOn())) {
                errors.rejectValue("endsOn", "inspection.period.endBeforeStart");
            } else if (form.getStartsOn().getYear() != form.getYear()) {
                errors.rejectValue("startsOn", "inspection.period.outsideYear");
            }
        }
        return !errors.hasErrors();
    }

    /** The path of a live bloc or grassroots committee (the bodies that have inspection programmes), else null. */
    private String committeePath(Long unitId) {
        return unitId == null ? null : jdbc.sql("""
                        SELECT path FROM organization
                         WHERE id = :id AND kind IN ('BLOC', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL') AND dissolved_on IS NULL
                        """)
                .param("id", unitId).query(String.class).optional().orElse(null);
    }

    private String pathOf(Long unitId) {
        return unitId == null ? null : jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", unitId)
                .query(String.class).optional().orElse(null);
    }

    private boolean memberUnder(long memberId, String path) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.id = :member AND o.path LIKE :path
                        """)
                .param("member", memberId).param("path", path + "%").query(Boolean.class).single();
    }

    private String memberName(long memberId) {
        return jdbc.sql("SELECT " + MemberNames.sql("m") + " FROM member m WHERE m.id = :id")
                .param("id", memberId).query(String.class).single();
    }

    private Units units(Inspection inspection) {
        return jdbc.sql("""
                        SELECT pu.name, pu.path, su.name, su.path,
                               (SELECT %s FROM member m WHERE m.id = :member)
                          FROM organization pu, organization su
                         WHERE pu.id = :programme AND su.id = :subject
                        """.formatted(MemberNames.sql("m")))
                .param("programme", inspection.getProgrammeUnitId()).param("subject", inspection.getSubjectUnitId())
                .param("member", inspection.getSubjectMemberId())
                .query((rs, n) -> new Units(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
    }

    /** Names and paths of the programme's committee and of the subject. */
    record Units(String programmeName, String programmePath, String subjectUnitName, String subjectPath, String subjectMemberName) {

        public String subjectName() {
            return subjectMemberName == null ? subjectUnitName : subjectMemberName + " (" + subjectUnitName + ")";
        }
    }

    /** A violation, its member and the discipline decision it led to (null while none is linked). */
    record ViolationPath(Violation violation, String memberName, DisciplineRecord discipline) {
    }

    record InspectionFile(Inspection inspection, Units units, List<Recommendation> recommendations, List<ViolationPath> violations,
                          boolean mayEdit, LocalDate today) {
    }
}
