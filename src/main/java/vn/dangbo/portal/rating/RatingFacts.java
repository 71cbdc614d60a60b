package vn.dangbo.portal.rating;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.breakthrough.BreakthroughResults;
import vn.dangbo.portal.breakthrough.BreakthroughResults.TaskResult;
import vn.dangbo.portal.breakthrough.TaskState;
import vn.dangbo.portal.discipline.DisciplineRecord;
import vn.dangbo.portal.discipline.DisciplineRecords;
import vn.dangbo.portal.meeting.MeetingStatistics;
import vn.dangbo.portal.meeting.MeetingStatistics.MeetingFacts;
import vn.dangbo.portal.pledge.PledgeYearSummaries;
import vn.dangbo.portal.pledge.PledgeYearSummary;

/**
 * What the other features know about a year, shown next to a rating as facts: for members the pledge year
 * (months submitted, returned), the breakthrough tasks (a "not completed" one is flagged for the committee, not
 * downgraded) and the discipline records of the year; for organisations the cell meetings and the unit's own
 * breakthrough tasks. A fixed number of statements whatever the number of rows.
 */
@Component
class RatingFacts {

    private final PledgeYearSummaries pledges;
    private final BreakthroughResults breakthroughs;
    private final DisciplineRecords discipline;
    private final MeetingStatistics meetings;

    RatingFacts(PledgeYearSummaries pledges, BreakthroughResults breakthroughs, DisciplineRecords discipline,
                MeetingStatistics meetings) {
        this.pledges = pledges;
        this.breakthroughs = breakthroughs;
        this.discipline = discipline;
        this.meetings = meetings;
    }

    record MemberFacts(PledgeYearSummary pledge, List<TaskResult> tasks, List<DisciplineRecord> disciplineRecords) {
        public boolean isBreakthroughNotCompleted() {
            return tasks.stream().anyMatch(task -> task.state() == TaskState.NOT_COMPLETED);
        }

        public boolean isDisciplined() {
            return !disciplineRecords.isEmpty();
        }

        public PledgeYearSummary getPledge() { return pledge; }
        public List<TaskResult> getTasks() { return tasks; }
        public List<DisciplineRecord> getDisciplineRecords() { return disciplineRecords; }
    }

    record OrganizationFacts(MeetingFacts meetings, List<TaskResult> tasks) {
        public boolean isBreakthroughNotCompleted() {
            return tasks.stream().anyMatch(task -> task.state() == TaskState.NOT_COMPLETED);
        }

        public MeetingFacts getMeetings() { return meetings; }
        public List<TaskResult> getTasks() { return tasks; }
    }

    Map<Long, MemberFacts> forMembers(Collection<Long> memberIds, int year) {
        Map<Long, PledgeYearSummary> pledgeYears = pledges.forMembers(memberIds, year);
        Map<Long, List<TaskResult>> tasks = breakthroughs.forMembers(memberIds, year);
        Map<Long, List<DisciplineRecord>> records = discipline.inYear(memberIds, year);
        return memberIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> new MemberFacts(pledgeYears.get(id),
                tasks.getOrDefault(id, List.of()), records.getOrDefault(id, List.of()))));
    }

    Map<Long, OrganizationFacts> forOrganizations(Collection<Long> organizationIds, int year) {
        Map<Long, MeetingFacts> meetingFacts = meetings.factsFor(organizationIds, year);
        Map<Long, List<TaskResult>> tasks = breakthroughs.forOrganizations(organizationIds, year);
        return organizationIds.stream().distinct().collect(Collectors.toMap(id -> id,
                id -> new OrganizationFacts(meetingFacts.get(id), tasks.getOrDefault(id, List.of()))));
    }
}
