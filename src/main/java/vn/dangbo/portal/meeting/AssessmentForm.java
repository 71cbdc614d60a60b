package vn.dangbo.portal.meeting;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/** The cell's points per criterion ({@code points[criterionId]}), or the check of the committee above. */
public class AssessmentForm {

    private Map<Long, Integer> points = new LinkedHashMap<>();
    private QualityLevel level;
    @Size(max = 1000)
    private String note;

    public Map<Long, Integer> getPoints() { return points; }
    public void setPoints(Map<Long, Integer> points) { this.points = points; }
    public QualityLevel getLevel() { return level; }
    public void setLevel(QualityLevel level) { this.level = level; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
