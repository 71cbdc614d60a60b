package vn.dangbo.portal.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Dấu hiệu vi phạm: a member's violation an inspection found, and the discipline decision (kỷ luật) it led to. */
@Entity
@Table(name = "inspection_violation")
public class Violation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long inspectionId;
    private long memberId;
    private String description;
    private Long disciplineRecordId;

    @Version
    private long version;

    protected Violation() {
    }

    Violation(long inspectionId, long memberId, String description) {
        this.inspectionId = inspectionId;
        this.memberId = memberId;
        this.description = description.strip();
    }

    void ledTo(long disciplineRecordId) {
        this.disciplineRecordId = disciplineRecordId;
    }

    public Long getId() { return id; }
    public long getInspectionId() { return inspectionId; }
    public long getMemberId() { return memberId; }
    public String getDescription() { return description; }
    public Long getDisciplineRecordId() { return disciplineRecordId; }
    public long getVersion() { return version; }
}
