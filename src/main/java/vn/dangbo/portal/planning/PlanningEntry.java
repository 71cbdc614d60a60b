package vn.dangbo.portal.planning;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dangbo.portal.committee.CommitteeOffice;

/** A person planned for a position (chức danh quy hoạch); a removal in a yearly review keeps the line with its date and reason. */
@Entity
@Table(name = "planning_entry")
public class PlanningEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long listId;
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "position")
    private CommitteeOffice office;

    private LocalDate addedOn;
    private String addedReason;
    private LocalDate removedOn;
    private String removedReason;
    private String note;

    @Version
    private long version;

    protected PlanningEntry() {
    }

    PlanningEntry(long listId, long memberId, CommitteeOffice office, LocalDate addedOn, String addedReason, String note) {
        this.listId = listId;
        this.memberId = memberId;
        this.office = office;
        this.addedOn = addedOn;
        this.addedReason = blankToNull(addedReason);
        this.note = blankToNull(note);
    }

    void remove(LocalDate on, String reason) {
        removedOn = on;
        removedReason = reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public long getListId() { return listId; }
    public long getMemberId() { return memberId; }
    public CommitteeOffice getOffice() { return office; }
    public LocalDate getAddedOn() { return addedOn; }
    public String getAddedReason() { return addedReason; }
    public LocalDate getRemovedOn() { return removedOn; }
    public String getRemovedReason() { return removedReason; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
