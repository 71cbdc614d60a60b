package vn.dangbo.portal.pledge;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The member's pledge of a year ({@code /pledges/my/{year}/pledge}): a commitment per area, and products. */
public class PledgeForm {

    @Valid
    private List<Commitment> commitments = new ArrayList<>();

    @Size(max = 2000)
    private String products;

    private Long version;

    static PledgeForm of(List<PledgeArea> areas, Pledge pledge) {
        PledgeForm form = new PledgeForm();
        for (PledgeArea area : areas) {
            Commitment commitment = new Commitment();
            commitment.setAreaId(area.getId());
            commitment.setText(pledge == null ? null : pledge.commitment(area.getId()));
            form.commitments.add(commitment);
        }
        if (pledge != null) {
            form.products = pledge.getProducts();
            form.version = pledge.getVersion();
        }
        return form;
    }

    public List<Commitment> getCommitments() { return commitments; }
    public void setCommitments(List<Commitment> commitments) { this.commitments = commitments; }
    public String getProducts() { return products; }
    public void setProducts(String products) { this.products = Texts.cleanBlock(products); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** One area's commitment. */
    public static class Commitment {

        private Long areaId;

        @Size(max = 2000)
        private String text;

        public Long getAreaId() { return areaId; }
        public void setAreaId(Long areaId) { this.areaId = areaId; }
        public String getText() { return text; }
        public void setText(String text) { this.text = Texts.cleanBlock(text); }
    }
}
