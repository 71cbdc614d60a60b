package vn.dangbo.portal.pledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Sổ đăng ký nêu gương: a member's pledge for a year — a commitment per content area, and for leaders
 * the products they commit to. One per member and year (unique key). The member may change it until
 * the cell secretary approves it; after that only a reopening by the secretary makes it editable again.
 */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;

    private int year;

    @Enumerated(EnumType.STRING)
    private PledgeStatus status = PledgeStatus.DRAFT;

    /** Commitment text per area id. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<Long, String> commitments = new LinkedHashMap<>();

    /** Sản phẩm cam kết: what a leader commits to deliver. */
    private String products;

    private Instant submittedAt;

    private Instant approvedAt;

    private String approvedBy;

    /** Nhận xét của chi bộ: the secretary's remark on the member's year. */
    private String remark;

    @Version
    private long version;

    protected Pledge() {
    }

    Pledge(long memberId, int year) {
        this.memberId = memberId;
        this.year = year;
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public int getYear() { return year; }
    public PledgeStatus getStatus() { return status; }
    public String getProducts() { return products; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public String getRemark() { return remark; }
    public long getVersion() { return version; }

    public String commitment(long areaId) {
        return commitments.get(areaId);
    }

    public boolean isEditableByMember() {
        return status != PledgeStatus.APPROVED;
    }

    void write(Map<Long, String> commitments, String products) {
        if (!isEditableByMember()) {
            throw new IllegalStateException("an approved pledge is read-only");
        }
        this.commitments = new LinkedHashMap<>(commitments);
        this.products = products;
    }

    void submit(Instant at) {
        if (!isEditableByMember()) {
            throw new IllegalStateException("an approved pledge is read-only");
        }
        status = PledgeStatus.SUBMITTED;
        submittedAt = at;
    }

    void approve(String by, Instant at) {
        if (status != PledgeStatus.SUBMITTED) {
            throw new IllegalStateException("only a submitted pledge can be approved");
        }
        status = PledgeStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    /** Back to the member for changes; it must be approved again. */
    void reopen() {
        if (status != PledgeStatus.APPROVED) {
            throw new IllegalStateException("only an approved pledge can be reopened");
        }
        status = PledgeStatus.SUBMITTED;
        approvedBy = null;
        approvedAt = null;
    }

    void remark(String remark) {
        this.remark = remark;
    }
}
