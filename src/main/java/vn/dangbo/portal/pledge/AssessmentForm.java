package vn.dangbo.portal.pledge;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A monthly self-assessment ({@code /pledges/my/{year}/{month}}): a result and a note per area, and next month's plan. */
public class AssessmentForm {

    @Valid
    private List<Area> areas = new ArrayList<>();

    @Size(max = 2000)
    private String nextMonthPlan;

    private Long version;

    static AssessmentForm of(List<PledgeArea> pledgeAreas, MonthlySelfAssessment entry) {
        AssessmentForm form = new AssessmentForm();
        for (PledgeArea pledgeArea : pledgeAreas) {
            Area area = new Area();
            area.setAreaId(pledgeArea.getId());
            AreaResult result = entry == null ? null : entry.result(pledgeArea.getId());
            if (result != null) {
                area.setResult(result.result());
                area.setNote(result.note());
            }
            form.areas.add(area);
        }
        if (entry != null) {
            form.nextMonthPlan = entry.getNextMonthPlan();
            form.version = entry.getVersion();
        }
        return form;
    }

    public List<Area> getAreas() { return areas; }
    public void setAreas(List<Area> areas) { this.areas = areas; }
    public String getNextMonthPlan() { return nextMonthPlan; }
    public void setNextMonthPlan(String nextMonthPlan) { this.nextMonthPlan = Texts.cleanBlock(nextMonthPlan); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** One area's result. */
    public static class Area {

        private Long areaId;

        private Fulfilment result;

        @Size(max = 1000)
        private String note;

        public Long getAreaId() { return areaId; }
        public void setAreaId(Long areaId) { this.areaId = areaId; }
        public Fulfilment getResult() { return result; }
        public void setResult(Fulfilment result) { this.result = result; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = Texts.cleanBlock(note); }
    }
}
