package vn.dangbo.portal.pledge;

import jakarta.validation.constraints.Size;

/** The secretary's comment when acknowledging or returning an entry, or the remark on a member's year. */
public class ReviewForm {

    @Size(max = 2000)
    private String comment;

    private Long version;

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = Texts.cleanBlock(comment); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
