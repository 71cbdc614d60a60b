package vn.dangbo.portal.admission;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.dangbo.portal.member.Gender;

/** A candidate's file ({@code /admissions/new}, {@code /admissions/{id}/edit}). */
public class CandidateForm {

    @NotNull
    private Long organizationId;
    @NotBlank @Size(max = 50)
    private String familyName;
    @Size(max = 50)
    private String middleName;
    @NotBlank @Size(max = 50)
    private String givenName;
    @NotNull
    private Gender gender;
    @NotNull @Past
    private LocalDate birthDate;
    @Size(max = 255)
    private String jobTitle;
    @Size(max = 255)
    private String workplace;
    @PastOrPresent
    private LocalDate trainingCompletedOn;
    @Size(max = 50)
    private String trainingCertificate;
    @PastOrPresent
    private LocalDate applicationDate;
    private Long sponsor1MemberId;
    private Long sponsor2MemberId;
    @PastOrPresent
    private LocalDate cellResolutionDate;
    @Size(max = 1000)
    private String note;
    private Long version;

    static CandidateForm of(Candidate candidate) {
        CandidateForm form = new CandidateForm();
        form.organizationId = candidate.getOrganizationId();
        form.familyName = candidate.getFamilyName();
        form.middleName = candidate.getMiddleName();
        form.givenName = candidate.getGivenName();
        form.gender = candidate.getGender();
        form.birthDate = candidate.getBirthDate();
        form.jobTitle = candidate.getJobTitle();
        form.workplace = candidate.getWorkplace();
        form.trainingCompletedOn = candidate.getTrainingCompletedOn();
        form.trainingCertificate = candidate.getTrainingCertificate();
        form.applicationDate = candidate.getApplicationDate();
        form.sponsor1MemberId = candidate.getSponsor1MemberId();
        form.sponsor2MemberId = candidate.getSponsor2MemberId();
        form.cellResolutionDate = candidate.getCellResolutionDate();
        form.note = candidate.getNote();
        form.version = candidate.getVersion();
        return form;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = clean(familyName); }
    public String getMiddleName() { return middleName; }
    public void setMiddleName(String middleName) { this.middleName = clean(middleName); }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = clean(givenName); }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = clean(jobTitle); }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = clean(workplace); }
    public LocalDate getTrainingCompletedOn() { return trainingCompletedOn; }
    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) { this.trainingCompletedOn = trainingCompletedOn; }
    public String getTrainingCertificate() { return trainingCertificate; }
    public void setTrainingCertificate(String trainingCertificate) { this.trainingCertificate = clean(trainingCertificate); }
    public LocalDate getApplicationDate() { return applicationDate; }
    public void setApplicationDate(LocalDate applicationDate) { this.applicationDate = applicationDate; }
    public Long getSponsor1MemberId() { return sponsor1MemberId; }
    public void setSponsor1MemberId(Long sponsor1MemberId) { this.sponsor1MemberId = sponsor1MemberId; }
    public Long getSponsor2MemberId() { return sponsor2MemberId; }
    public void setSponsor2MemberId(Long sponsor2MemberId) { this.sponsor2MemberId = sponsor2MemberId; }
    public LocalDate getCellResolutionDate() { return cellResolutionDate; }
    public void setCellResolutionDate(LocalDate cellResolutionDate) { this.cellResolutionDate = cellResolutionDate; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = clean(note); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
