package vn.dangbo.portal.member;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The register fields of a member, edited freely ({@code /members/{id}/edit}): identity and contact. Status,
 * cell and Party dates are not here: they follow from the lifecycle events ({@link MemberLifecycle}). Text
 * is trimmed and blanks become empty; rules that look at several fields are in {@link MemberRegister}.
 */
public class MemberForm {

    @NotBlank @Size(max = 50)
    private String familyName;
    @Size(max = 50)
    private String middleName;
    @NotBlank @Size(max = 50)
    private String givenName;
    @Size(max = 100)
    private String otherName;
    @NotNull
    private Gender gender;
    @NotNull @Past
    private LocalDate birthDate;
    @Size(max = 255)
    private String hometown;
    @Size(max = 50)
    private String ethnicity;
    @Size(max = 50)
    private String religion;
    @Size(max = 20)
    private String generalEducation;
    @Size(max = 255)
    private String professionalDegree;
    @NotNull
    private PoliticalTheoryLevel politicalTheory = PoliticalTheoryLevel.NONE;
    @Size(max = 255)
    private String jobTitle;
    @Size(max = 255)
    private String workplace;
    @Pattern(regexp = "[0-9][0-9.\\-]{4,19}")
    private String partyCardNumber;
    @Pattern(regexp = "\\+?[0-9 .]{8,20}")
    private String phone;
    @Email @Size(max = 255)
    private String email;

    private Long version;

    static MemberForm of(Member member) {
        MemberForm form = new MemberForm();
        form.familyName = member.getFamilyName();
        form.middleName = member.getMiddleName();
        form.givenName = member.getGivenName();
        form.otherName = member.getOtherName();
        form.gender = member.getGender();
        form.birthDate = member.getBirthDate();
        form.hometown = member.getHometown();
        form.ethnicity = member.getEthnicity();
        form.religion = member.getReligion();
        form.generalEducation = member.getGeneralEducation();
        form.professionalDegree = member.getProfessionalDegree();
        form.politicalTheory = member.getPoliticalTheory();
        form.jobTitle = member.getJobTitle();
        form.workplace = member.getWorkplace();
        form.partyCardNumber = member.getPartyCardNumber();
        form.phone = member.getPhone();
        form.email = member.getEmail();
        form.version = member.getVersion();
        return form;
    }

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = Text.clean(familyName); }
    public String getMiddleName() { return middleName; }
    public void setMiddleName(String middleName) { this.middleName = Text.clean(middleName); }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = Text.clean(givenName); }
    public String getOtherName() { return otherName; }
    public void setOtherName(String otherName) { this.otherName = Text.clean(otherName); }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getHometown() { return hometown; }
    public void setHometown(String hometown) { this.hometown = Text.clean(hometown); }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = Text.clean(ethnicity); }
    public String getReligion() { return religion; }
    public void setReligion(String religion) { this.religion = Text.clean(religion); }
    public String getGeneralEducation() { return generalEducation; }
    public void setGeneralEducation(String generalEducation) { this.generalEducation = Text.clean(generalEducation); }
    public String getProfessionalDegree() { return professionalDegree; }
    public void setProfessionalDegree(String professionalDegree) { this.professionalDegree = Text.clean(professionalDegree); }
    public PoliticalTheoryLevel getPoliticalTheory() { return politicalTheory; }
    public void setPoliticalTheory(PoliticalTheoryLevel politicalTheory) { this.politicalTheory = politicalTheory; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = Text.clean(jobTitle); }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = Text.clean(workplace); }
    public String getPartyCardNumber() { return partyCardNumber; }
    public void setPartyCardNumber(String partyCardNumber) { this.partyCardNumber = Text.clean(partyCardNumber); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Text.clean(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Text.clean(email); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
