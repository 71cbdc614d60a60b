package vn.dangbo.portal.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * The filters, sort and page of {@code /members}, all optional. {@code status} is empty for current
 * members, "ALL" for everyone, or one {@link MemberStatus}.
 */
public class MemberFilter {

    static final Set<Integer> PAGE_SIZES = Set.of(20, 50, 100);
    static final Set<String> SORTS = Set.of("name", "birthDate", "admissionDate", "organization");

    private String q;
    private Long organization;
    private String status;
    private Gender gender;
    private AgeGroup ageGroup;
    private String sort = "name";
    private String dir = "asc";
    private int page;
    private int size = 20;
    private LocalDate asOf;

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q == null || q.isBlank() ? null : q.strip(); }
    public Long getOrganization() { return organization; }
    public void setOrganization(Long organization) { this.organization = organization; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public AgeGroup getAgeGroup() { return ageGroup; }
    public void setAgeGroup(AgeGroup ageGroup) { this.ageGroup = ageGroup; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = SORTS.contains(sort) ? sort : "name"; }
    public String getDir() { return dir; }
    public void setDir(String dir) { this.dir = "desc".equals(dir) ? "desc" : "asc"; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public int getSize() { return size; }
    public void setSize(int size) { this.size = PAGE_SIZES.contains(size) ? size : 20; }
    /** A past date: the list as the register stood on it (from the members' history); null for today. */
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }

    /** The status condition: current members unless the user chose "ALL" or one status. */
    Set<MemberStatus> statuses() {
        if ("ALL".equals(status)) {
            return Set.of(MemberStatus.values());
        }
        for (MemberStatus one : MemberStatus.values()) {
            if (one.name().equals(status)) {
                return Set.of(one);
            }
        }
        return MemberStatus.CURRENT;
    }
}
