package vn.dangbo.portal.congress;

import jakarta.validation.constraints.NotNull;

/** Adding a member of the organisation as a delegate. */
public class DelegateForm {

    @NotNull
    private Long memberId;

    @NotNull
    private DelegateSource source;

    private Long sourceOrganizationId;

    @NotNull
    private DelegateStanding standing;

    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public DelegateSource getSource() { return source; }
    public void setSource(DelegateSource source) { this.source = source; }
    public Long getSourceOrganizationId() { return sourceOrganizationId; }
    public void setSourceOrganizationId(Long sourceOrganizationId) { this.sourceOrganizationId = sourceOrganizationId; }
    public DelegateStanding getStanding() { return standing; }
    public void setStanding(DelegateStanding standing) { this.standing = standing; }
}
