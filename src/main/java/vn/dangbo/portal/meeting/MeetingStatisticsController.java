package vn.dangbo.portal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;

/** {@code /meetings/statistics}: every cell the user may see, month by month, with what needs attention highlighted. */
@Controller
class MeetingStatisticsController {

    private final MeetingStatistics statistics;
    private final OrganizationRepository organizations;
    private final Clock clock;

    MeetingStatisticsController(MeetingStatistics statistics, OrganizationRepository organizations, Clock clock) {
        this.statistics = statistics;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/meetings/statistics")
    String statistics(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean highlighted,
                      Scope scope, Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        List<MeetingStatistics.CellYear> cells = statistics.cellYears(organizations.rootPathOf(scope), shownYear);
        model.addAttribute("year", shownYear);
        model.addAttribute("highlightedOnly", highlighted);
        model.addAttribute("cells", highlighted ? cells.stream().filter(MeetingStatistics.CellYear::isHighlighted).toList() : cells);
        model.addAttribute("totalCells", cells.size());
        model.addAttribute("highlightedCells", cells.stream().filter(MeetingStatistics.CellYear::isHighlighted).count());
        model.addAttribute("monthsHeld", cells.stream().mapToLong(MeetingStatistics.CellYear::monthsHeld).sum());
        model.addAttribute("monthsDue", cells.stream().mapToLong(MeetingStatistics.CellYear::monthsDue).sum());
        model.addAttribute("present", cells.stream().mapToLong(MeetingStatistics.CellYear::present).sum());
        model.addAttribute("expected", cells.stream().mapToLong(MeetingStatistics.CellYear::expected).sum());
        model.addAttribute("levels", QualityLevel.values());
        model.addAttribute("threshold", cells.isEmpty() ? QualityFramework.DEFAULT_ATTENDANCE_THRESHOLD
                : cells.get(0).attendanceThreshold());
        return "meeting/statistics";
    }
}
