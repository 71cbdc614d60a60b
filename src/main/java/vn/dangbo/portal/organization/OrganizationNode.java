package vn.dangbo.portal.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A unit in the tree view, with its current members counted directly and rolled up from below. */
public final class OrganizationNode {

    private final long id;
    private final Long parentId;
    private final OrganizationKind kind;
    private final String name;
    private final String shortName;
    private final String path;
    private final LocalDate foundedOn;
    private final LocalDate dissolvedOn;
    private final List<OrganizationNode> children = new ArrayList<>();
    private long directMembers;
    private long totalMembers;

    public OrganizationNode(long id, Long parentId, OrganizationKind kind, String name, String shortName, String path,
                            LocalDate foundedOn, LocalDate dissolvedOn) {
        this.id = id;
        this.parentId = parentId;
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
        this.path = path;
        this.foundedOn = foundedOn;
        this.dissolvedOn = dissolvedOn;
    }

    public long getId() { return id; }
    public Long getParentId() { return parentId; }
    public OrganizationKind getKind() { return kind; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getPath() { return path; }
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    public List<OrganizationNode> getChildren() { return children; }
    public long getDirectMembers() { return directMembers; }
    public long getTotalMembers() { return totalMembers; }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }

    /** Whether the unit existed on a date (founded on or before it, not yet dissolved). */
    public boolean isLiveOn(LocalDate date) {
        return (foundedOn == null || !foundedOn.isAfter(date)) && (dissolvedOn == null || dissolvedOn.isAfter(date));
    }

    public String getLabel() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    void setDirectMembers(long count) {
        this.directMembers = count;
    }

    /** Sums the members of this node and everything below it; returns the total. */
    long rollUp() {
        totalMembers = directMembers;
        for (OrganizationNode child : children) {
            totalMembers += child.rollUp();
        }
        return totalMembers;
    }
}
