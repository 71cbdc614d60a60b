package vn.dangbo.portal.inspection;

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
 * Một cuộc kiểm tra / giám sát of a yearly programme: its subject (a unit, or a member of it), content,
 * period and team, and once concluded the conclusion document (number, date, text).
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programmeUnitId;

    @Enumerated(EnumType.STRING)
    private ProgrammeBody programmeBody;

    private int year;

    @Enumerated(EnumType.STRING)
    private InspectionKind kind;

    @Enumerated(EnumType.STRING)
    private InspectionMode mode;

    private long subjectUnitId;
    private Long subjectMemberId;
    private String content;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String team;

    @Enumerated(EnumType.STRING)
    private InspectionState state = InspectionState.PLANNED;

    private String conclusionNumber;
    private LocalDate conclusionDate;
    private String conclusion;
    private boolean violationFound;

    @Version
    private long version;

    protected Inspection() {
    }

    Inspection(long programmeUnitId, ProgrammeBody programmeBody, int year) {
        this.programmeUnitId = programmeUnitId;
        this.programmeBody = programmeBody;
        this.year = year;
    }

    void plan(InspectionForm form) {
        kind = form.getKind();
        mode = form.getMode();
        subjectUnitId = form.getSubjectUnitId();
        subjectMemberId = form.getSubjectMemberId();
        content = form.getContent().strip();
        startsOn = form.getStartsOn();
        endsOn = form.getEndsOn();
        team = form.getTeam().strip();
    }

    void start() {
        state = InspectionState.IN_PROGRESS;
    }

    void conclude(ConclusionForm form) {
        state = InspectionState.CONCLUDED;
        conclusionNumber = form.getConclusionNumber().strip();
        conclusionDate = form.getConclusionDate();
        conclusion = form.getConclusion().strip();
        violationFound = form.isViolationFound();
    }

    public Long getId() { return id; }
    public long getProgrammeUnitId() { return programmeUnitId; }
    public ProgrammeBody getProgrammeBody() { return programmeBody; }
    public int getYear() { return year; }
    public InspectionKind getKind() { return kind; }
    public InspectionMode getMode() { return mode; }
    public long getSubjectUnitId() { return subjectUnitId; }
    public Long getSubjectMemberId() { return subjectMemberId; }
    public String getContent() { return content; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getTeam() { return team; }
    public InspectionState getState() { return state; }
    public String getConclusionNumber() { return conclusionNumber; }
    public LocalDate getConclusionDate() { return conclusionDate; }
    public String getConclusion() { return conclusion; }
    public boolean isViolationFound() { return violationFound; }
    public long getVersion() { return version; }
}
