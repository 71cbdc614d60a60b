package vn.dangbo.portal.breakthrough;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registering or correcting a breakthrough task ({@code /breakthroughs/new}, {@code /breakthroughs/{id}/edit}). */
public class TaskForm {

    /** The unit registering the task; empty for the member's own task. */
    private Long unitId;

    @NotNull
    private Integer year;

    @NotBlank @Size(max = 300)
    private String title;

    @NotBlank @Size(max = 4000)
    private String problem;

    @NotBlank @Size(max = 4000)
    private String expectedResult;

    @NotNull
    private LocalDate deadline;

    private Long version;

    static TaskForm of(BreakthroughTask task) {
        TaskForm form = new TaskForm();
        form.unitId = task.isPersonal() ? null : task.getOrganizationId();
        form.year = task.getYear();
        form.title = task.getTitle();
        form.problem = task.getProblem();
        form.expectedResult = task.getExpectedResult();
        form.deadline = task.getDeadline();
        form.version = task.getVersion();
        return form;
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replace("\r\n", "\n").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = clean(title) == null ? null : clean(title).replaceAll("\\s+", " "); }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = clean(problem); }
    public String getExpectedResult() { return expectedResult; }
    public void setExpectedResult(String expectedResult) { this.expectedResult = clean(expectedResult); }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
