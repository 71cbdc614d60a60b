package vn.dangbo.portal.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The year's framework as edited by staff: level bounds, attendance threshold, criteria (blank lines ignored). */
public class FrameworkForm {

    @NotNull @Min(1) @Max(100)
    private Integer goodFrom;
    @NotNull @Min(1) @Max(100)
    private Integer fairFrom;
    @NotNull @Min(1) @Max(100)
    private Integer averageFrom;
    @NotNull @Min(0) @Max(100)
    private Integer attendanceThreshold;
    private Long version;
    @Valid
    private List<Line> criteria = new ArrayList<>();

    /** One criterion: its name and weight (the most points a meeting can get for it). */
    public static class Line {
        @Size(max = 300)
        private String name;
        @Min(1) @Max(100)
        private Integer weight;

        public Line() {
        }

        Line(String name, Integer weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name == null || name.isBlank() ? null : name.strip(); }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer weight) { this.weight = weight; }

        boolean isBlank() {
            return name == null && weight == null;
        }
    }

    public Integer getGoodFrom() { return goodFrom; }
    public void setGoodFrom(Integer goodFrom) { this.goodFrom = goodFrom; }
    public Integer getFairFrom() { return fairFrom; }
    public void setFairFrom(Integer fairFrom) { this.fairFrom = fairFrom; }
    public Integer getAverageFrom() { return averageFrom; }
    public void setAverageFrom(Integer averageFrom) { this.averageFrom = averageFrom; }
    public Integer getAttendanceThreshold() { return attendanceThreshold; }
    public void setAttendanceThreshold(Integer attendanceThreshold) { this.attendanceThreshold = attendanceThreshold; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Line> getCriteria() { return criteria; }
    public void setCriteria(List<Line> criteria) { this.criteria = criteria; }
}
