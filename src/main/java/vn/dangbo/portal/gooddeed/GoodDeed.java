package vn.dangbo.portal.gooddeed;

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
 * An entry of the good-deeds book (Sổ "người tốt, việc tốt"): a member's deed (individual) or a unit's
 * (collective). {@code organizationId} is the unit of a collective entry, or the member's cell at the time.
 */
@Entity
@Table(name = "good_deed")
public class GoodDeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long organizationId;
    private Long memberId;
    private LocalDate deedDate;
    private String deed;

    @Enumerated(EnumType.STRING)
    private Recognition recognition;

    private String recognizedBy;

    @Version
    private long version;

    protected GoodDeed() {
    }

    GoodDeed(long organizationId, Long memberId) {
        this.organizationId = organizationId;
        this.memberId = memberId;
    }

    void describe(GoodDeedForm form) {
        this.deedDate = form.getDeedDate();
        this.deed = form.getDeed();
        this.recognition = form.getRecognition();
        this.recognizedBy = form.getRecognizedBy();
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public Long getMemberId() { return memberId; }
    public LocalDate getDeedDate() { return deedDate; }
    public String getDeed() { return deed; }
    public Recognition getRecognition() { return recognition; }
    public String getRecognizedBy() { return recognizedBy; }
    public long getVersion() { return version; }
}
