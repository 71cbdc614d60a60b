package vn.dangbo.portal.training;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Lớp đào tạo, bồi dưỡng: a course organised by a unit (or recorded from outside), with its dates and place. */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CourseKind kind;

    private String title;
    private long organizationId;
    private String organiser;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;

    @Version
    private long version;

    protected TrainingCourse() {
    }

    TrainingCourse(CourseForm form) {
        kind = form.getKind();
        update(form);
    }

    void update(CourseForm form) {
        title = form.getTitle().strip();
        organizationId = form.getOrganizationId();
        organiser = form.getOrganiser().strip();
        startsOn = form.getStartsOn();
        endsOn = form.getEndsOn();
        place = form.getPlace().strip();
    }

    public Long getId() { return id; }
    public CourseKind getKind() { return kind; }
    public String getTitle() { return title; }
    public long getOrganizationId() { return organizationId; }
    public String getOrganiser() { return organiser; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getPlace() { return place; }
    public long getVersion() { return version; }
}
