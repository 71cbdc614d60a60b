package vn.dangbo.portal.congress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Recording or correcting a congress; key tasks and breakthroughs are typed one per line. */
public class CongressForm {

    @NotNull
    private Long organizationId;

    @NotNull @Min(1) @Max(100)
    private Integer number;

    @NotNull @Min(1930) @Max(2100)
    private Integer termStartYear;

    @NotNull @Min(1930) @Max(2105)
    private Integer termEndYear;

    @NotNull
    private CongressKind kind;

    @NotNull
    private LocalDate opensOn;

    @NotNull
    private LocalDate closesOn;

    @NotBlank @Size(max = 300)
    private String place;

    @Size(max = 1000)
    private String theme;

    @Size(max = 300)
    private String motto;

    @Size(max = 8000)
    private String keyTasks;

    @Size(max = 8000)
    private String breakthroughs;

    private Long version;

    static CongressForm of(Congress congress, List<String> keyTasks, List<String> breakthroughs) {
        CongressForm form = new CongressForm();
        form.organizationId = congress.getOrganizationId();
        form.number = congress.getNumber();
        form.termStartYear = congress.getTermStartYear();
        form.termEndYear = congress.getTermEndYear();
        form.kind = congress.getKind();
        form.opensOn = congress.getOpensOn();
        form.closesOn = congress.getClosesOn();
        form.place = congress.getPlace();
        form.theme = congress.getTheme();
        form.motto = congress.getMotto();
        form.keyTasks = String.join("\n", keyTasks);
        form.breakthroughs = String.join("\n", breakthroughs);
        form.version = congress.getVersion();
        return form;
    }

    /** The non-empty lines of a list field, in order. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public Integer getTermStartYear() { return termStartYear; }
    public void setTermStartYear(Integer termStartYear) { this.termStartYear = termStartYear; }
    public Integer getTermEndYear() { return termEndYear; }
    public void setTermEndYear(Integer termEndYear) { this.termEndYear = termEndYear; }
    public CongressKind getKind() { return kind; }
    public void setKind(CongressKind kind) { this.kind = kind; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getMotto() { return motto; }
    public void setMotto(String motto) { this.motto = motto; }
    public String getKeyTasks() { return keyTasks; }
    public void setKeyTasks(String keyTasks) { this.keyTasks = keyTasks; }
    public String getBreakthroughs() { return breakthroughs; }
    public void setBreakthroughs(String breakthroughs) { this.breakthroughs = breakthroughs; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
