package vn.dangbo.portal.gooddeed;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An entry of the good-deeds book: for a member ({@code memberId}) or, when there is none, for the unit
 * {@code organizationId} as a collective.
 */
public class GoodDeedForm {

    private Long memberId;
    private Long organizationId;
    @NotNull @PastOrPresent
    private LocalDate deedDate;
    @NotBlank @Size(max = 2000)
    private String deed;
    @NotNull
    private Recognition recognition;
    @NotBlank @Size(max = 255)
    private String recognizedBy;
    private Long version;

    static GoodDeedForm of(GoodDeed deed) {
        GoodDeedForm form = new GoodDeedForm();
        form.memberId = deed.getMemberId();
        form.organizationId = deed.getOrganizationId();
        form.deedDate = deed.getDeedDate();
        form.deed = deed.getDeed();
        form.recognition = deed.getRecognition();
        form.recognizedBy = deed.getRecognizedBy();
        form.version = deed.getVersion();
        return form;
    }

    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public LocalDate getDeedDate() { return deedDate; }
    public void setDeedDate(LocalDate deedDate) { this.deedDate = deedDate; }
    public String getDeed() { return deed; }
    public void setDeed(String deed) { this.deed = deed == null || deed.isBlank() ? null : deed.strip(); }
    public Recognition getRecognition() { return recognition; }
    public void setRecognition(Recognition recognition) { this.recognition = recognition; }
    public String getRecognizedBy() { return recognizedBy; }
    public void setRecognizedBy(String recognizedBy) { this.recognizedBy = recognizedBy == null || recognizedBy.isBlank() ? null : recognizedBy.strip(); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
