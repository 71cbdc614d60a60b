package vn.dangbo.portal.breakthrough;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Công việc đột phá: a concrete task, finishable within the year, that fixes a known weakness —
 * registered by a unit (the bloc, a grassroots organisation, a cell) or by a member for themself,
 * approved by the level above ({@link BreakthroughApprovals}), followed with progress notes and evidence,
 * and finally evaluated as completed or not (a criterion of the year-end rating).
 */
@Entity
@Table(name = "breakthrough_task")
public class BreakthroughTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    /** The registering unit, or for a member's own task the member's cell when it was registered. */
    private long organizationId;

    /** Set for a member's own task. */
    private Long memberId;

    private String title;

    private String problem;

    private String expectedResult;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private TaskState state = TaskState.DRAFT;

    private Long registeredByUserId;

    private String registeredBy;

    private Instant registeredAt;

    private Long decidedByUserId;

    private String decidedBy;

    private Instant decidedAt;

    private String decisionComment;

    private String evaluatedBy;

    private Instant evaluatedAt;

    private String resultNote;

    @Version
    private long version;

    protected BreakthroughTask() {
    }

    BreakthroughTask(long organizationId, Long memberId, long registeredByUserId, String registeredBy) {
        this.organizationId = organizationId;
        this.memberId = memberId;
        this.registeredByUserId = registeredByUserId;
        this.registeredBy = registeredBy;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public long getOrganizationId() { return organizationId; }
    public Long getMemberId() { return memberId; }
    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getExpectedResult() { return expectedResult; }
    public LocalDate getDeadline() { return deadline; }
    public TaskState getState() { return state; }
    public Long getRegisteredByUserId() { return registeredByUserId; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Long getDecidedByUserId() { return decidedByUserId; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public String getResultNote() { return resultNote; }
    public long getVersion() { return version; }

    public boolean isPersonal() {
        return memberId != null;
    }

    void describe(int year, String title, String problem, String expectedResult, LocalDate deadline) {
        check(state.isEditable(), "only a draft or returned task can be changed");
        this.year = year;
        this.title = title;
        this.problem = problem;
        this.expectedResult = expectedResult;
        this.deadline = deadline;
    }

    void register(Instant at) {
        check(state.isEditable(), "only a draft or returned task can be registered");
        state = TaskState.REGISTERED;
        registeredAt = at;
    }

    void approve(long userId, String by, Instant at, String comment) {
        decide(TaskState.APPROVED, userId, by, at, comment);
    }

    void returnToOwner(long userId, String by, Instant at, String reason) {
        decide(TaskState.RETURNED, userId, by, at, reason);
    }

    /** The first progress note starts the work. */
    void progressNoted() {
        check(state.isUnderWay(), "progress is noted on approved tasks only");
        state = TaskState.IN_PROGRESS;
    }

    void evaluate(boolean completed, String by, Instant at, String note) {
        check(state.isUnderWay(), "only an approved task is evaluated");
        state = completed ? TaskState.COMPLETED : TaskState.NOT_COMPLETED;
        evaluatedBy = by;
        evaluatedAt = at;
        resultNote = note;
    }

    private void decide(TaskState decision, long userId, String by, Instant at, String comment) {
        check(state == TaskState.REGISTERED, "only a registered task is approved or returned");
        state = decision;
        decidedByUserId = userId;
        decidedBy = by;
        decidedAt = at;
        decisionComment = comment;
    }

    private static void check(boolean allowed, String message) {
        if (!allowed) {
            throw new IllegalStateException(message);
        }
    }
}
