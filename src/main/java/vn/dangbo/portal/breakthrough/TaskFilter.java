package vn.dangbo.portal.breakthrough;

/** The filters of the task list ({@code /breakthroughs}): year, unit (with everything below it), state, page. */
public class TaskFilter {

    private Integer year;
    private Long unit;
    private TaskState state;
    private int page;
    private int size = 20;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public TaskState getState() { return state; }
    public void setState(TaskState state) { this.state = state; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public int getSize() { return size; }
    public void setSize(int size) { this.size = Math.min(100, Math.max(5, size)); }
}
