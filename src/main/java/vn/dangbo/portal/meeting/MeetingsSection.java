package vn.dangbo.portal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationPageSection;
import vn.dangbo.portal.security.Scope;

/**
 * Cell life on a unit's page: this year's meetings held against due, attendance, thematic meetings and
 * quality levels (summed over the cells below a unit), and a cell's latest meetings.
 */
@Component
class MeetingsSection implements OrganizationPageSection {

    private static final int LATEST = 3;

    private final MeetingStatistics statistics;
    private final MeetingQueries queries;
    private final Clock clock;

    MeetingsSection(MeetingStatistics statistics, MeetingQueries queries, Clock clock) {
        this.statistics = statistics;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "meeting/section";
    }

    @Override
    public Object load(Organization unit, Scope scope) {
        LocalDate today = LocalDate.now(clock);
        boolean cell = unit.getKind().isCell();
        return new Data(unit.getId(), cell, statistics.factsFor(List.of(unit.getId()), today.getYear()).get(unit.getId()),
                cell ? queries.latest(unit.getId(), today, LATEST) : List.of(),
                cell && !unit.isDissolved() && scope.canEdit(unit.getPath()), QualityLevel.values());
    }

    record Data(long unitId, boolean cell, MeetingStatistics.MeetingFacts facts, List<MeetingQueries.Row> latest,
                boolean canRecord, QualityLevel[] levels) {
    }
}
