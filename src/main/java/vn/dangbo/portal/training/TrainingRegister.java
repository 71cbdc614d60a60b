package vn.dangbo.portal.training;

import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.member.PoliticalTheoryLevel;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Keeps the training register: courses, their participants (whole cells at a time, or the admission
 * candidates of a unit for the candidates' course), completion and certificate numbers. Completing a
 * political-theory course raises the member's political-theory level on the profile (never lowers it).
 * Courses are kept by those who may edit the organising unit: staff for the bloc's courses, a secretary
 * for the courses of their organisation.
 */
@Service
class TrainingRegister {

    private static final String LEVEL_ORDER = "ARRAY['NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR']";

    private final TrainingCourseRepository courses;
    private final ParticipantRepository participants;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    TrainingRegister(TrainingCourseRepository courses, ParticipantRepository participants, JdbcClient jdbc, AuditLog auditLog) {
        this.courses = courses;
        this.participants = participants;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    Long create(CourseForm form, Errors errors, Scope scope) {
        if (!check(form, errors, scope)) {
            return null;
        }
        return courses.saveAndFlush(new TrainingCourse(form)).getId();
    }

    @Transactional
    void update(long id, CourseForm form, Errors errors, Scope scope) {
        TrainingCourse course = editable(id, scope);
        if (!Objects.equals(form.getVersion(), course.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        form.setKind(course.getKind());
        if (check(form, errors, scope)) {
            course.update(form);
            courses.flush();
        }
    }

    /**
     * Adds the current probationary and full members of a unit and the units below it (for the candidates'
     * course: its candidates still being prepared) who are not on the course yet; returns how many.
     */
    @Transactional
    int addUnit(long courseId, long unitId, Scope scope) {
        TrainingCourse course = editable(courseId, scope);
        scope.checkCanEdit(pathOf(unitId));
        int added = course.getKind().takesCandidates()
                ? jdbc.sql("""
                        INSERT INTO training_participant (course_id, candidate_id)
                        SELECT :course, c.id FROM admission_candidate c JOIN organization o ON o.id = c.organization_id
                         WHERE o.path LIKE :path AND c.state = 'IN_PROGRESS'
                        ON CONFLICT DO NOTHING
                        """).param("course", courseId).param("path", pathOf(unitId) + "%").update()
                : jdbc.sql("""
                        INSERT INTO training_participant (course_id, member_id)
                        SELECT :course, m.id FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :path AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                        ON CONFLICT DO NOTHING
                        """).param("course", courseId).param("path", pathOf(unitId) + "%").update();
        auditLog.record(AuditAction.CREATE, "TrainingParticipant", courseId,
                "Thêm %d học viên của đơn vị #%d vào lớp \"%s\"".formatted(added, unitId, course.getTitle()));
        return added;
    }

    @Transactional
    void remove(long courseId, long participantId, Scope scope) {
        editable(courseId, scope);
        participants.delete(participant(courseId, participantId));
        participants.flush();
    }

    /** Records a participant's completion and certificate; a completed political-theory course raises the member's level. */
    @Transactional
    void completion(long courseId, long participantId, boolean completed, String certificateNumber, Scope scope) {
        TrainingCourse course = editable(courseId, scope);
        Participant participant = participant(courseId, participantId);
        participant.completion(completed, certificateNumber);
        participants.flush();
        PoliticalTheoryLevel level = course.getKind().theoryLevel();
        if (completed && level != null && participant.getMemberId() != null) {
            raiseTheoryLevel(participant.getMemberId(), level, course);
        }
    }

    /** Marks everyone on the course completed (certificates can be added one by one). */
    @Transactional
    int completeAll(long courseId, Scope scope) {
        TrainingCourse course = editable(courseId, scope);
        int count = 0;
        for (Participant participant : participants.findByCourseId(courseId)) {
            if (!participant.isCompleted()) {
                participant.completion(true, null);
                count++;
            }
        }
        participants.flush();
        PoliticalTheoryLevel level = course.getKind().theoryLevel();
        if (level != null) {
            participants.findByCourseId(courseId).stream().filter(p -> p.getMemberId() != null)
                    .forEach(p -> raiseTheoryLevel(p.getMemberId(), level, course));
        }
        return count;
    }

    TrainingCourse editable(long id, Scope scope) {
        TrainingCourse course = courses.findById(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(pathOf(course.getOrganizationId()));
        return course;
    }

    private Participant participant(long courseId, long participantId) {
        return participants.findById(participantId).filter(p -> p.getCourseId() == courseId).orElseThrow(NotFound::new);
    }

    private void raiseTheoryLevel(long memberId, PoliticalTheoryLevel level, TrainingCourse course) {
        int raised = jdbc.sql("""
                        UPDATE member SET political_theory = :level, version = version + 1
                         WHERE id = :member
                           AND array_position(%1$s, political_theory) < array_position(%1$s, CAST(:level AS text))
                        """.formatted(LEVEL_ORDER))
                .param("level", level.name()).param("member", memberId).update();
        if (raised > 0) {
            auditLog.record(AuditAction.UPDATE, "Member", memberId, "Trình độ lý luận chính trị theo lớp \"%s\"".formatted(course.getTitle()),
                    Map.of("politicalTheory", level.name()));
        }
    }

    private boolean check(CourseForm form, Errors errors, Scope scope) {
        String path = pathOf(form.getOrganizationId());
        scope.checkCanEdit(path);
        if (form.getEndsOn().isBefore(form.getStartsOn())) {
            errors.rejectValue("endsOn", "training.endBeforeStart");
        }
        return !errors.hasErrors();
    }

    private String pathOf(long unitId) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", unitId).query(String.class).optional()
                .orElseThrow(NotFound::new);
    }
}
