package vn.dangbo.portal.training;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A course ({@code /trainings/new}, {@code /trainings/{id}/edit}); the kind is fixed once created. */
public class CourseForm {

    @NotNull
    private CourseKind kind;
    @NotBlank @Size(max = 300)
    private String title;
    @NotNull
    private Long organizationId;
    @NotBlank @Size(max = 300)
    private String organiser;
    @NotNull
    private LocalDate startsOn;
    @NotNull
    private LocalDate endsOn;
    @NotBlank @Size(max = 300)
    private String place;
    private Long version;

    static CourseForm of(TrainingCourse course) {
        CourseForm form = new CourseForm();
        form.kind = course.getKind();
        form.title = course.getTitle();
        form.organizationId = course.getOrganizationId();
        form.organiser = course.getOrganiser();
        form.startsOn = course.getStartsOn();
        form.endsOn = course.getEndsOn();
        form.place = course.getPlace();
        form.version = course.getVersion();
        return form;
    }

    public CourseKind getKind() { return kind; }
    public void setKind(CourseKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
