package vn.dangbo.portal.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The forms of a reorganisation: its effective date and decision, and what each kind needs — the units
 * merged and the new unit's name (merge), the new units' names and which sub-cell or member goes to which
 * (split), the new parent (move).
 */
public class ReorganizationForm {

    static final int MAX_SPLIT_PARTS = 5;

    @NotNull
    private LocalDate effectiveDate;
    @Size(max = 50)
    private String decisionNumber;
    @Size(max = 255)
    private String decisionIssuer;
    @Size(max = 1000)
    private String note;

    /** Merge: the units merged. */
    private List<Long> unitIds = new ArrayList<>();
    /** Merge: the new unit. */
    @Size(max = 255)
    private String name;
    @Size(max = 100)
    private String shortName;
    @Size(max = 255)
    private String agency;

    /** Split: the names of the new units (blank rows ignored). */
    private List<String> names = new ArrayList<>(List.of("", "", "", "", ""));
    /** Split: sub-cell id (of a đảng bộ cơ sở) or member id (of a cell) → the number of the new unit it goes to (1…5). */
    private Map<Long, Integer> assignments = new HashMap<>();

    /** Move: the new parent. */
    private Long parentId;

    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = blankToNull(decisionNumber); }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = blankToNull(decisionIssuer); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = blankToNull(note); }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public String getName() { return name; }
    public void setName(String name) { this.name = blankToNull(name); }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = blankToNull(shortName); }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = blankToNull(agency); }
    public List<String> getNames() { return names; }
    public void setNames(List<String> names) { this.names = names == null ? new ArrayList<>() : names; }
    public Map<Long, Integer> getAssignments() { return assignments; }
    public void setAssignments(Map<Long, Integer> assignments) { this.assignments = assignments == null ? new HashMap<>() : assignments; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }

    /** The new units' names of a split, without blank rows. */
    List<String> splitNames() {
        return names.stream().map(ReorganizationForm::blankToNull).filter(n -> n != null).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
