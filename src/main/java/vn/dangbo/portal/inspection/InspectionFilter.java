package vn.dangbo.portal.inspection;

/** The filters of {@code /inspections}: year, programme (committee and body), kind, state, page. */
public class InspectionFilter {

    private Integer year;
    private Long programmeUnit;
    private ProgrammeBody body;
    private InspectionKind kind;
    private InspectionState state;
    private int page;
    private int size = 25;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getProgrammeUnit() { return programmeUnit; }
    public void setProgrammeUnit(Long programmeUnit) { this.programmeUnit = programmeUnit; }
    public ProgrammeBody getBody() { return body; }
    public void setBody(ProgrammeBody body) { this.body = body; }
    public InspectionKind getKind() { return kind; }
    public void setKind(InspectionKind kind) { this.kind = kind; }
    public InspectionState getState() { return state; }
    public void setState(InspectionState state) { this.state = state; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public int getSize() { return size; }
    public void setSize(int size) { this.size = Math.min(100, Math.max(5, size)); }
}
