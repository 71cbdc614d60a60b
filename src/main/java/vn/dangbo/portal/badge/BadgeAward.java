package vn.dangbo.portal.badge;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Party badge (Huy hiệu Đảng) awarded to a member in a batch. */
@Entity
@Table(name = "badge_award")
public class BadgeAward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;
    private int years;
    private LocalDate batchDate;
    private String decisionNumber;

    @Enumerated(EnumType.STRING)
    private BadgeKind kind;

    private Instant recordedAt;
    private String recordedBy;

    protected BadgeAward() {
    }

    BadgeAward(long memberId, int years, LocalDate batchDate, String decisionNumber, BadgeKind kind, Instant recordedAt,
               String recordedBy) {
        this.memberId = memberId;
        this.years = years;
        this.batchDate = batchDate;
        this.decisionNumber = decisionNumber;
        this.kind = kind;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public int getYears() { return years; }
    public LocalDate getBatchDate() { return batchDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public BadgeKind getKind() { return kind; }
}
