package vn.dangbo.portal.training;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Học viên: a member (or, in the candidates' course, an admission candidate) on a course, completion and certificate number. */
@Entity
@Table(name = "training_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;
    private Long memberId;
    private Long candidateId;
    private boolean completed;
    private String certificateNumber;

    @Version
    private long version;

    protected Participant() {
    }

    static Participant member(long courseId, long memberId) {
        Participant participant = new Participant();
        participant.courseId = courseId;
        participant.memberId = memberId;
        return participant;
    }

    static Participant candidate(long courseId, long candidateId) {
        Participant participant = new Participant();
        participant.courseId = courseId;
        participant.candidateId = candidateId;
        return participant;
    }

    void completion(boolean completed, String certificateNumber) {
        this.completed = completed;
        this.certificateNumber = completed && certificateNumber != null && !certificateNumber.isBlank() ? certificateNumber.strip() : null;
    }

    public Long getId() { return id; }
    public long getCourseId() { return courseId; }
    public Long getMemberId() { return memberId; }
    public Long getCandidateId() { return candidateId; }
    public boolean isCompleted() { return completed; }
    public String getCertificateNumber() { return certificateNumber; }
    public long getVersion() { return version; }
}
