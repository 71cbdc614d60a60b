package vn.dangbo.portal.pledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A content area of a year ({@code /pledges/areas}). */
public class AreaForm {

    @NotBlank @Size(max = 200)
    private String title;

    @Size(max = 1000)
    private String guidance;

    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Texts.clean(title); }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = Texts.cleanBlock(guidance); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
