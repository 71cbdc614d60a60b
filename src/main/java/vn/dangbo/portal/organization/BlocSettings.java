package vn.dangbo.portal.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What official printouts say about the issuing body (domain.md "Conventions"): since 2025 successor
 * committees run the same structure, so these are settings an administrator edits, not constants.
 */
@Entity
@Table(name = "bloc_settings")
public class BlocSettings {

    static final short SINGLE_ROW = 1;

    @Id
    private Short id = SINGLE_ROW;

    /** Line 1 top left, e.g. "ĐẢNG BỘ TỈNH NGHỆ AN". */
    @NotBlank
    @Size(max = 200)
    private String superiorBody;

    /** Line 2 top left, e.g. "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH". */
    @NotBlank
    @Size(max = 200)
    private String issuingBody;

    /** The suffix of document numbers, e.g. "ĐUK" in "Số 12-BC/ĐUK". */
    @NotBlank
    @Size(max = 20)
    private String documentSuffix;

    /** The place written before the date, e.g. "Vinh" in "Vinh, ngày 23 tháng 7 năm 2020". */
    @NotBlank
    @Size(max = 100)
    private String placeName;

    @Version
    private long version;

    public String getSuperiorBody() { return superiorBody; }
    public void setSuperiorBody(String superiorBody) { this.superiorBody = superiorBody; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public String getDocumentSuffix() { return documentSuffix; }
    public void setDocumentSuffix(String documentSuffix) { this.documentSuffix = documentSuffix; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
