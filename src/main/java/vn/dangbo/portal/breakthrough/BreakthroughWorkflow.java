package vn.dangbo.portal.breakthrough;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The life of a breakthrough task: registered for this year or the next, with a deadline inside that year;
 * changed by its owner while a draft or returned; approved or returned (with a reason) by the approver of
 * {@link BreakthroughApprovals}; followed with dated progress notes (the first starts the work); and
 * evaluated as completed or not by the approver. A draft may be deleted by its owner.
 */
@Service
class BreakthroughWorkflow {

    private final BreakthroughTaskRepository tasks;
    private final ProgressNoteRepository notes;
    private final BreakthroughApprovals approvals;
    private final JdbcClient jdbc;
    private final Clock clock;

    BreakthroughWorkflow(BreakthroughTaskRepository tasks, ProgressNoteRepository notes, BreakthroughApprovals approvals,
                         JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.notes = notes;
        this.approvals = approvals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Long create(TaskForm form, Errors errors, Scope scope, PortalUser user) {
        long unitId;
        Long memberId = null;
        if (form.getUnitId() == null) {
            if (user.getMemberId() == null || !currentMember(user.getMemberId())) {
                errors.rejectValue("unitId", "breakthrough.unit.required");
                return null;
            }
            memberId = user.getMemberId();
            unitId = jdbc.sql("SELECT organization_id FROM member WHERE id = :id").param("id", memberId).query(Long.class).single();
        } else {
            unitId = form.getUnitId();
            approvals.owner(unitId, null);
            if (!BreakthroughApprovals.mayRegisterFor(unitId, scope)) {
                throw new AccessDeniedException("no right to register a task for this unit");
            }
        }
        checkDates(form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        BreakthroughTask task = new BreakthroughTask(unitId, memberId, user.getId(), user.getDisplayName());
        task.describe(form.getYear(), form.getTitle(), form.getProblem(), form.getExpectedResult(), form.getDeadline());
        return tasks.saveAndFlush(task).getId();
    }

    @Transactional
    public void update(long id, TaskForm form, Errors errors, Scope scope, PortalUser user) {
        BreakthroughTask task = ownTask(id, scope, user);
        if (!Objects.equals(form.getVersion(), task.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (!task.getState().isEditable()) {
            errors.reject("breakthrough.notEditable");
            return;
        }
        checkDates(form, errors);
        if (!errors.hasErrors()) {
            task.describe(form.getYear(), form.getTitle(), form.getProblem(), form.getExpectedResult(), form.getDeadline());
            tasks.flush();
        }
    }

    @Transactional
    public void register(long id, Scope scope, PortalUser user, Errors errors) {
        BreakthroughTask task = ownTask(id, scope, user);
        if (!task.getState().isEditable()) {
            errors.reject("breakthrough.notEditable");
            return;
        }
        task.register(clock.instant());
        tasks.flush();
    }

    @Transactional
    public void delete(long id, Scope scope, PortalUser user, Errors errors) {
        BreakthroughTask task = ownTask(id, scope, user);
        if (task.getState() != TaskState.DRAFT) {
            errors.reject("breakthrough.onlyDraftDeleted");
            return;
        }
        tasks.delete(task);
        tasks.flush();
    }

    @Transactional
    public void approve(long id, StepForm form, Scope scope, PortalUser user, Errors errors) {
        decide(id, form, true, scope, user, errors);
    }

    @Transactional
    public void returnToOwner(long id, StepForm form, Scope scope, PortalUser user, Errors errors) {
        decide(id, form, false, scope, user, errors);
    }

    /** The approver's decision on a registered task; returning it needs a reason. */
    private void decide(long id, StepForm form, boolean approve, Scope scope, PortalUser user, Errors errors) {
        BreakthroughTask task = approvedBy(id, scope, user);
        if (task.getState() != TaskState.REGISTERED) {
            errors.reject("breakthrough.notRegistered");
            return;
        }
        if (!approve && form.getText() == null) {
            errors.rejectValue("text", "breakthrough.reasonRequired");
            return;
        }
        if (approve) {
            task.approve(user.getId(), user.getDisplayName(), clock.instant(), form.getText());
        } else {
            task.returnToOwner(user.getId(), user.getDisplayName(), clock.instant(), form.getText());
        }
        tasks.flush();
    }

    @Transactional
    public void evaluate(long id, StepForm form, Scope scope, PortalUser user, Errors errors) {
        BreakthroughTask task = approvedBy(id, scope, user);
        if (!task.getState().isUnderWay()) {
            errors.reject("breakthrough.notUnderWay");
            return;
        }
        if (form.getCompleted() == null) {
            errors.rejectValue("completed", "breakthrough.resultRequired");
            return;
        }
        task.evaluate(form.getCompleted(), user.getDisplayName(), clock.instant(), form.getText());
        tasks.flush();
    }

    @Transactional
    public void noteProgress(long id, StepForm form, Scope scope, PortalUser user, Errors errors) {
        BreakthroughTask task = ownTask(id, scope, user);
        if (!task.getState().isUnderWay()) {
            errors.reject("breakthrough.notUnderWay");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate notedOn = form.getNotedOn() == null ? today : form.getNotedOn();
        if (notedOn.isAfter(today)) {
            errors.rejectValue("notedOn", "breakthrough.progress.future");
        }
        if (form.getText() == null) {
            errors.rejectValue("text", "breakthrough.progress.required");
        }
        if (errors.hasErrors()) {
            return;
        }
        notes.save(new ProgressNote(id, notedOn, form.getText(), user.getDisplayName(), clock.instant()));
        task.progressNoted();
        tasks.flush();
    }

    /** A task the user works on as its owner side. */
    BreakthroughTask ownTask(long id, Scope scope, PortalUser user) {
        BreakthroughTask task = tasks.findById(id).orElseThrow(NotFound::new);
        TaskOwner owner = approvals.owner(task);
        if (!BreakthroughApprovals.mayWorkOn(owner, scope, user)) {
            if (!BreakthroughApprovals.mayRead(task, owner, scope, user)) {
                throw task.getState() == TaskState.DRAFT ? new NotFound() : new AccessDeniedException("task outside the user's scope");
            }
            throw new AccessDeniedException("only the task's owner may do this");
        }
        return task;
    }

    private BreakthroughTask approvedBy(long id, Scope scope, PortalUser user) {
        BreakthroughTask task = tasks.findById(id).orElseThrow(NotFound::new);
        if (!approvals.mayApprove(task, approvals.owner(task), scope, user)) {
            throw new AccessDeniedException("not the approver of this task");
        }
        return task;
    }

    private void checkDates(TaskForm form, Errors errors) {
        int current = LocalDate.now(clock).getYear();
        if (form.getYear() != current && form.getYear() != current + 1) {
            errors.rejectValue("year", "breakthrough.year.open");
        } else if (form.getDeadline().getYear() != form.getYear()) {
            errors.rejectValue("deadline", "breakthrough.deadline.inYear");
        }
    }

    private boolean currentMember(long memberId) {
        String status = jdbc.sql("SELECT status FROM member WHERE id = :id").param("id", memberId).query(String.class).single();
        return MemberStatus.valueOf(status).isCurrent();
    }
}
