package vn.dangbo.portal.pledge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a member's pledge book of a year (five statements). Drafts are shown to their member only; to
 * everyone else a draft month looks like a month with nothing submitted.
 */
@Component
class PledgeBooks {

    private final PledgeAreas areas;
    private final PledgeRepository pledges;
    private final MonthlySelfAssessmentRepository entries;
    private final PledgeYearSummaries summaries;
    private final MonthlyDeadline deadline;

    PledgeBooks(PledgeAreas areas, PledgeRepository pledges, MonthlySelfAssessmentRepository entries,
                PledgeYearSummaries summaries, MonthlyDeadline deadline) {
        this.areas = areas;
        this.pledges = pledges;
        this.entries = entries;
        this.summaries = summaries;
        this.deadline = deadline;
    }

    @Transactional(readOnly = true)
    PledgeBook load(PledgeMember member, int year, boolean ownBook) {
        Pledge pledge = pledges.findByMemberIdAndYear(member.id(), year)
                .filter(found -> ownBook || found.getStatus() != PledgeStatus.DRAFT)
                .orElse(null);
        Map<Integer, MonthlySelfAssessment> byMonth = pledge == null ? Map.of() : entries.findByPledge(pledge.getId()).stream()
                .filter(entry -> ownBook || entry.getStatus() != AssessmentStatus.DRAFT)
                .collect(Collectors.toMap(MonthlySelfAssessment::getMonth, Function.identity()));
        PledgeYearSummary summary = summaries.forMember(member.id(), year);
        List<PledgeBook.Month> months = new ArrayList<>(12);
        for (MonthState state : summary.months()) {
            YearMonth month = YearMonth.of(year, state.month());
            MonthlySelfAssessment entry = byMonth.get(state.month());
            if (entry != null && entry.getStatus() == AssessmentStatus.DRAFT) {
                state = deadline.state(month, AssessmentStatus.DRAFT, false, entry.getId(),
                        MonthlyDeadline.isRequired(member.status(), member.admissionDate(), month), 0, 0, 0, null);
            }
            months.add(new PledgeBook.Month(month, state, entry, deadline.deadline(month)));
        }
        return new PledgeBook(member, year, areas.ofYear(year), pledge, List.copyOf(months), summary);
    }
}
