package vn.dangbo.portal.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A planned inspection or supervision of a yearly programme ({@code /inspections/new}, {@code /inspections/{id}/edit}). */
public class InspectionForm {

    @NotNull
    private Long programmeUnitId;
    @NotNull
    private ProgrammeBody programmeBody = ProgrammeBody.INSPECTION_COMMITTEE;
    @NotNull @Min(2000) @Max(2100)
    private Integer year;
    @NotNull
    private InspectionKind kind = InspectionKind.INSPECTION;
    @NotNull
    private InspectionMode mode = InspectionMode.REGULAR;
    @NotNull
    private Long subjectUnitId;
    private Long subjectMemberId;
    @NotBlank @Size(max = 4000)
    private String content;
    @NotNull
    private LocalDate startsOn;
    @NotNull
    private LocalDate endsOn;
    @NotBlank @Size(max = 1000)
    private String team;
    private Long version;

    static InspectionForm of(Inspection inspection) {
        InspectionForm form = new InspectionForm();
        form.programmeUnitId = inspection.getProgrammeUnitId();
        form.programmeBody = inspection.getProgrammeBody();
        form.year = inspection.getYear();
        form.kind = inspection.getKind();
        form.mode = inspection.getMode();
        form.subjectUnitId = inspection.getSubjectUnitId();
        form.subjectMemberId = inspection.getSubjectMemberId();
        form.content = inspection.getContent();
        form.startsOn = inspection.getStartsOn();
        form.endsOn = inspection.getEndsOn();
        form.team = inspection.getTeam();
        form.version = inspection.getVersion();
        return form;
    }

    public Long getProgrammeUnitId() { return programmeUnitId; }
    public void setProgrammeUnitId(Long programmeUnitId) { this.programmeUnitId = programmeUnitId; }
    public ProgrammeBody getProgrammeBody() { return programmeBody; }
    public void setProgrammeBody(ProgrammeBody programmeBody) { this.programmeBody = programmeBody; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public InspectionKind getKind() { return kind; }
    public void setKind(InspectionKind kind) { this.kind = kind; }
    public InspectionMode getMode() { return mode; }
    public void setMode(InspectionMode mode) { this.mode = mode; }
    public Long getSubjectUnitId() { return subjectUnitId; }
    public void setSubjectUnitId(Long subjectUnitId) { this.subjectUnitId = subjectUnitId; }
    public Long getSubjectMemberId() { return subjectMemberId; }
    public void setSubjectMemberId(Long subjectMemberId) { this.subjectMemberId = subjectMemberId; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
