package vn.dangbo.portal.pledge;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What a member writes: the pledge of a year and the monthly self-assessments. One pledge per member and
 * year, one entry per pledge and month (unique keys in the database as well). A pledge can be changed
 * until it is approved; a monthly entry needs a submitted pledge, cannot be for a month still to come,
 * and once submitted is read-only unless the secretary returns it. An entry submitted after the deadline
 * is accepted and marked late.
 */
@Service
public class MemberPledges {

    private final PledgeRepository pledges;
    private final MonthlySelfAssessmentRepository entries;
    private final PledgeAreas areas;
    private final PledgeMembers members;
    private final MonthlyDeadline deadline;

    MemberPledges(PledgeRepository pledges, MonthlySelfAssessmentRepository entries, PledgeAreas areas,
                  PledgeMembers members, MonthlyDeadline deadline) {
        this.pledges = pledges;
        this.entries = entries;
        this.areas = areas;
        this.members = members;
        this.deadline = deadline;
    }

    /** A pledge can be written for the current year and the next one. */
    public boolean isOpenYear(int year) {
        int current = deadline.today().getYear();
        return year == current || year == current + 1;
    }

    @Transactional
    public void savePledge(long memberId, int year, PledgeForm form, boolean submit, Errors errors) {
        if (!members.get(memberId).status().isCurrent()) {
            errors.reject("pledge.notCurrentMember");
            return;
        }
        if (!isOpenYear(year)) {
            errors.reject("pledge.yearClosed");
            return;
        }
        List<PledgeArea> yearAreas = areas.ensureYear(year);
        Pledge pledge = pledges.findByMemberIdAndYear(memberId, year).orElse(null);
        if (pledge == null ? form.getVersion() != null : !Objects.equals(form.getVersion(), pledge.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (pledge != null && !pledge.isEditableByMember()) {
            errors.reject("pledge.approvedReadOnly");
            return;
        }
        Set<Long> areaIds = yearAreas.stream().map(PledgeArea::getId).collect(Collectors.toSet());
        Map<Long, String> commitments = new LinkedHashMap<>();
        for (int i = 0; i < form.getCommitments().size(); i++) {
            PledgeForm.Commitment commitment = form.getCommitments().get(i);
            if (commitment.getAreaId() == null || !areaIds.contains(commitment.getAreaId())) {
                continue;
            }
            if (commitment.getText() != null) {
                commitments.put(commitment.getAreaId(), commitment.getText());
            } else if (submit) {
                errors.rejectValue("commitments[" + i + "].text", "pledge.commitment.required");
            }
        }
        if (submit && !commitments.keySet().containsAll(areaIds) && !errors.hasErrors()) {
            errors.reject("pledge.areasChanged");
        }
        if (errors.hasErrors()) {
            return;
        }
        if (pledge == null) {
            pledge = new Pledge(memberId, year);
        }
        pledge.write(commitments, form.getProducts());
        if (submit) {
            pledge.submit(deadline.now());
        }
        pledges.saveAndFlush(pledge);
    }

    /** Saves (and, if asked, submits) the entry of a month; returns it, or null when refused (see errors). */
    @Transactional
    public MonthlySelfAssessment saveEntry(long memberId, YearMonth month, AssessmentForm form, boolean submit, Errors errors) {
        if (!members.get(memberId).status().isCurrent()) {
            errors.reject("pledge.notCurrentMember");
            return null;
        }
        if (month.isAfter(deadline.currentMonth())) {
            errors.reject("pledge.entry.future");
            return null;
        }
        Pledge pledge = pledges.findByMemberIdAndYear(memberId, month.getYear()).orElse(null);
        if (pledge == null || pledge.getStatus() == PledgeStatus.DRAFT) {
            errors.reject("pledge.entry.needsPledge");
            return null;
        }
        MonthlySelfAssessment entry = entries.findByPledgeAndMonth(pledge.getId(), month.getMonthValue()).orElse(null);
        if (entry == null ? form.getVersion() != null : !Objects.equals(form.getVersion(), entry.getVersion())) {
            errors.reject("concurrentEdit");
            return null;
        }
        if (entry != null && !entry.getStatus().isEditableByMember()) {
            errors.reject("pledge.entry.readOnly");
            return null;
        }
        List<PledgeArea> yearAreas = areas.ensureYear(month.getYear());
        Set<Long> areaIds = yearAreas.stream().map(PledgeArea::getId).collect(Collectors.toSet());
        Map<Long, AreaResult> results = new LinkedHashMap<>();
        for (int i = 0; i < form.getAreas().size(); i++) {
            AssessmentForm.Area area = form.getAreas().get(i);
            if (area.getAreaId() == null || !areaIds.contains(area.getAreaId())) {
                continue;
            }
            if (area.getResult() != null || area.getNote() != null) {
                results.put(area.getAreaId(), new AreaResult(area.getResult(), area.getNote()));
            }
            if (submit && area.getResult() == null) {
                errors.rejectValue("areas[" + i + "].result", "pledge.result.required");
            }
        }
        if (submit && !errors.hasErrors() && !results.keySet().containsAll(areaIds)) {
            errors.reject("pledge.areasChanged");
        }
        if (errors.hasErrors()) {
            return null;
        }
        if (entry == null) {
            entry = new MonthlySelfAssessment(pledge, month.getMonthValue());
        }
        entry.write(results, form.getNextMonthPlan());
        if (submit) {
            Instant now = deadline.now();
            entry.submit(now, deadline.isLate(month, now));
        }
        return entries.saveAndFlush(entry);
    }
}
