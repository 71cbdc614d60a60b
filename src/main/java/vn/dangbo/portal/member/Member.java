package vn.dangbo.portal.member;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dangbo.portal.organization.Organization;

/**
 * A Party member (đảng viên) in the register. The name is kept as họ (family), tên đệm (middle) and tên
 * (given) so that lists sort the Vietnamese way, by given name first.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String familyName;
    private String middleName = "";
    private String givenName;
    private String otherName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;
    private String hometown;
    private String ethnicity;
    private String religion;
    private String generalEducation;
    private String professionalDegree;

    @Enumerated(EnumType.STRING)
    private PoliticalTheoryLevel politicalTheory = PoliticalTheoryLevel.NONE;

    private String jobTitle;
    private String workplace;
    private String partyCardNumber;
    private String phone;
    private String email;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    /** The cell (chi bộ) the member belongs to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    /** Ngày vào Đảng: the date written in the admission decision. */
    private LocalDate admissionDate;

    /** Ngày chính thức. */
    private LocalDate officialDate;

    /** Ngày tổ chức lễ kết nạp: the 12 months of probation count from it. */
    private LocalDate admissionCeremonyDate;

    /** Days of interrupted membership (removed, then admitted again), left out of the Party age. */
    private int interruptionDays;

    @Version
    private long version;

    public String getFullName() {
        return String.join(" ", familyName, middleName, givenName).replaceAll("\\s+", " ").strip();
    }

    public Long getId() { return id; }
    public String getFamilyName() { return familyName; }
    public String getMiddleName() { return middleName; }
    public String getGivenName() { return givenName; }
    public String getOtherName() { return otherName; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getHometown() { return hometown; }
    public String getEthnicity() { return ethnicity; }
    public String getReligion() { return religion; }
    public String getGeneralEducation() { return generalEducation; }
    public String getProfessionalDegree() { return professionalDegree; }
    public PoliticalTheoryLevel getPoliticalTheory() { return politicalTheory; }
    public String getJobTitle() { return jobTitle; }
    public String getWorkplace() { return workplace; }
    public String getPartyCardNumber() { return partyCardNumber; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public MemberStatus getStatus() { return status; }
    public Organization getOrganization() { return organization; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public LocalDate getOfficialDate() { return officialDate; }
    public LocalDate getAdmissionCeremonyDate() { return admissionCeremonyDate; }
    public int getInterruptionDays() { return interruptionDays; }
    public long getVersion() { return version; }

    /** Tuổi đảng: from the admission decision, less interruptions. */
    public PartyAge getPartyAge() {
        return admissionDate == null ? null : new PartyAge(admissionDate, interruptionDays);
    }

    /** Copies the register fields (identity, contact) from a validated form. */
    void update(MemberForm form) {
        familyName = form.getFamilyName();
        middleName = form.getMiddleName() == null ? "" : form.getMiddleName();
        givenName = form.getGivenName();
        otherName = form.getOtherName();
        gender = form.getGender();
        birthDate = form.getBirthDate();
        hometown = form.getHometown();
        ethnicity = form.getEthnicity();
        religion = form.getReligion();
        generalEducation = form.getGeneralEducation();
        professionalDegree = form.getProfessionalDegree();
        politicalTheory = form.getPoliticalTheory();
        jobTitle = form.getJobTitle();
        workplace = form.getWorkplace();
        partyCardNumber = form.getPartyCardNumber();
        phone = form.getPhone();
        email = form.getEmail();
    }

    /** The cached current state, written only by {@link MemberLifecycle} together with the event behind it. */
    void changeState(MemberState state, Organization cell) {
        status = state.status();
        organization = cell;
        admissionDate = state.admissionDate();
        admissionCeremonyDate = state.ceremonyDate();
        officialDate = state.officialDate();
        interruptionDays = state.interruptionDays();
    }
}
