package vn.dangbo.portal.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The fields staff edit on a unit; {@code kind} only when it is created, {@code version} catches concurrent edits. */
public class OrganizationForm {

    @NotBlank
    @Size(max = 255)
    private String name;

    @Size(max = 100)
    private String shortName;

    @Size(max = 255)
    private String agency;

    @PastOrPresent
    private LocalDate foundedOn;

    @NotNull
    private OrganizationKind kind;

    private Long version;

    static OrganizationForm of(Organization organization) {
        OrganizationForm form = new OrganizationForm();
        form.name = organization.getName();
        form.shortName = organization.getShortName();
        form.agency = organization.getAgency();
        form.foundedOn = organization.getFoundedOn();
        form.kind = organization.getKind();
        form.version = organization.getVersion();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = blankToNull(shortName); }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = blankToNull(agency); }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
