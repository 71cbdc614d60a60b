package vn.dangbo.portal.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dangbo.portal.member.Gender;

/**
 * Quần chúng ưu tú: a candidate a cell prepares for admission, with the steps of their file — the course
 * on the Party (lớp bồi dưỡng nhận thức về Đảng), the application, two sponsoring official members and the
 * cell's resolution — before the admission decision makes them a member.
 */
@Entity
@Table(name = "admission_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long organizationId;
    private String familyName;
    private String middleName = "";
    private String givenName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;
    private String jobTitle;
    private String workplace;
    private LocalDate trainingCompletedOn;
    private String trainingCertificate;
    private LocalDate applicationDate;
    private Long sponsor1MemberId;
    private Long sponsor2MemberId;
    private LocalDate cellResolutionDate;

    @Enumerated(EnumType.STRING)
    private CandidateState state = CandidateState.IN_PROGRESS;

    private Long admittedMemberId;
    private String note;

    @Version
    private long version;

    protected Candidate() {
    }

    Candidate(long organizationId) {
        this.organizationId = organizationId;
    }

    void update(CandidateForm form) {
        familyName = form.getFamilyName();
        middleName = form.getMiddleName() == null ? "" : form.getMiddleName();
        givenName = form.getGivenName();
        gender = form.getGender();
        birthDate = form.getBirthDate();
        jobTitle = form.getJobTitle();
        workplace = form.getWorkplace();
        trainingCompletedOn = form.getTrainingCompletedOn();
        trainingCertificate = form.getTrainingCertificate();
        applicationDate = form.getApplicationDate();
        sponsor1MemberId = form.getSponsor1MemberId();
        sponsor2MemberId = form.getSponsor2MemberId();
        cellResolutionDate = form.getCellResolutionDate();
        note = form.getNote();
    }

    void admitted(long memberId) {
        state = CandidateState.ADMITTED;
        admittedMemberId = memberId;
    }

    void withdraw() {
        state = CandidateState.WITHDRAWN;
    }

    /**
     * The steps still open before the admission can be decided (message codes); {@code trainedInRegister}
     * tells whether the training register shows the candidates' course completed.
     */
    List<String> missingSteps(boolean trainedInRegister) {
        List<String> missing = new ArrayList<>();
        if (trainingCompletedOn == null && !trainedInRegister) {
            missing.add("admission.step.training");
        }
        if (applicationDate == null) {
            missing.add("admission.step.application");
        }
        if (sponsor1MemberId == null || sponsor2MemberId == null) {
            missing.add("admission.step.sponsors");
        }
        if (cellResolutionDate == null) {
            missing.add("admission.step.resolution");
        }
        return missing;
    }

    public String getFullName() {
        return String.join(" ", familyName, middleName, givenName).replaceAll("\\s+", " ").strip();
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public String getFamilyName() { return familyName; }
    public String getMiddleName() { return middleName; }
    public String getGivenName() { return givenName; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getJobTitle() { return jobTitle; }
    public String getWorkplace() { return workplace; }
    public LocalDate getTrainingCompletedOn() { return trainingCompletedOn; }
    public String getTrainingCertificate() { return trainingCertificate; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public Long getSponsor1MemberId() { return sponsor1MemberId; }
    public Long getSponsor2MemberId() { return sponsor2MemberId; }
    public LocalDate getCellResolutionDate() { return cellResolutionDate; }
    public CandidateState getState() { return state; }
    public Long getAdmittedMemberId() { return admittedMemberId; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
