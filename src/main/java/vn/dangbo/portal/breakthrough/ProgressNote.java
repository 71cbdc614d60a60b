package vn.dangbo.portal.breakthrough;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated note of progress on a breakthrough task. */
@Entity
@Table(name = "breakthrough_progress")
public class ProgressNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long taskId;

    private LocalDate notedOn;

    private String note;

    private String author;

    private Instant createdAt;

    protected ProgressNote() {
    }

    ProgressNote(long taskId, LocalDate notedOn, String note, String author, Instant createdAt) {
        this.taskId = taskId;
        this.notedOn = notedOn;
        this.note = note;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getTaskId() { return taskId; }
    public LocalDate getNotedOn() { return notedOn; }
    public String getNote() { return note; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
}
