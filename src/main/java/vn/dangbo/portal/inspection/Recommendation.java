package vn.dangbo.portal.inspection;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Kiến nghị: a recommendation of a conclusion, with its follow-up: done on a date, or overdue once its due date has passed. */
@Entity
@Table(name = "inspection_recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long inspectionId;
    private String content;
    private LocalDate dueOn;
    private LocalDate doneOn;
    private String doneNote;

    @Version
    private long version;

    protected Recommendation() {
    }

    Recommendation(long inspectionId, String content, LocalDate dueOn) {
        this.inspectionId = inspectionId;
        this.content = content.strip();
        this.dueOn = dueOn;
    }

    void done(LocalDate on, String note) {
        doneOn = on;
        doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public Long getId() { return id; }
    public long getInspectionId() { return inspectionId; }
    public String getContent() { return content; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getDoneNote() { return doneNote; }
    public long getVersion() { return version; }
}
