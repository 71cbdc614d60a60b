package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.breakthrough.BreakthroughResults;
import vn.dangbo.portal.meeting.MeetingStatistics;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.pledge.PeriodTally;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The steps of a round: the self-assessment of a member ({@code /ratings/{year}/self}) or an organisation
 * ({@code /ratings/{year}/organizations/{id}/self}), the proposal table of a cell
 * ({@code /ratings/{year}/members/proposals/{cell}}, or the staff's preparation for grassroots organisations),
 * the decision table of a deciding body ({@code /ratings/{year}/{members|organizations}/decisions/{body}}) with
 * the live HTXSNV quota and publishing, and reopening a published rating.
 */
@Controller
class RatingStepController {

    /** A đảng bộ cơ sở's decision table shows all its members up to this many, otherwise one sub-cell at a time. */
    static final int WHOLE_TABLE_UP_TO = 300;

    private final RatingRounds lookup;
    private final RatingQueries queries;
    private final RatingFacts facts;
    private final RatingWorkflow workflow;
    private final Clock clock;
    private final MessageSource messages;

    RatingStepController(RatingRounds lookup, RatingQueries queries, RatingFacts facts, RatingWorkflow workflow, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.lookup = lookup;
        this.queries = queries;
        this.facts = facts;
        this.workflow = workflow;
        this.clock = clock;
    }

    // ---- self-assessment ----------------------------------------------------------------------------------

    /** The menu's "Tự đánh giá": the self-assessment of the latest round. */
    @GetMapping("/ratings/self")
    String latestSelf() {
        return lookup.latest().map(round -> "redirect:/ratings/" + round.getYear() + "/self").orElse("redirect:/ratings");
    }

    @GetMapping("/ratings/{year:\\d{4}}/self")
    String memberSelf(@PathVariable int year, @AuthenticationPrincipal PortalUser user, Scope scope, Model model) {
        RatingRound round = lookup.of(year);
        RatingRow row = ownRow(round, user);
        return self(round, row, user, scope, model);
    }

    @PostMapping("/ratings/{year:\\d{4}}/self")
    String saveMemberSelf(@PathVariable int year, @Valid @ModelAttribute("selfForm") SelfAssessmentForm form, BindingResult result,
                          @AuthenticationPrincipal PortalUser user, Scope scope, Model model, RedirectAttributes redirect) {
        RatingRound round = lookup.of(year);
        RatingRow row = ownRow(round, user);
        return saveSelf(round, row, form, result, user, scope, model, redirect, "/ratings/" + year + "/self");
    }

    @GetMapping("/ratings/{year:\\d{4}}/organizations/{unitId}/self")
    String organizationSelf(@PathVariable int year, @PathVariable long unitId, @AuthenticationPrincipal PortalUser user,
                            Scope scope, Model model) {
        RatingRound round = lookup.of(year);
        lookup.unitIn(unitId, scope);
        return self(round, organizationRow(round, unitId), user, scope, model);
    }

    @PostMapping("/ratings/{year:\\d{4}}/organizations/{unitId}/self")
    String saveOrganizationSelf(@PathVariable int year, @PathVariable long unitId,
                                @Valid @ModelAttribute("selfForm") SelfAssessmentForm form, BindingResult result,
                                @AuthenticationPrincipal PortalUser user, Scope scope, Model model, RedirectAttributes redirect) {
        RatingRound round = lookup.of(year);
        lookup.unitIn(unitId, scope);
        return saveSelf(round, organizationRow(round, unitId), form, result, user, scope, model, redirect,
                "/ratings/" + year + "/organizations/" + unitId + "/self");
    }

    private String self(RatingRound round, RatingRow row, PortalUser user, Scope scope, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("row", row);
        model.addAttribute("selfPath", row.subject() == RatingSubject.MEMBER ? "/ratings/" + round.getYear() + "/self"
                : "/ratings/" + round.getYear() + "/organizations/" + row.unitId() + "/self");
        model.addAttribute("groups", round.policy().groups(row.subject()));
        model.addAttribute("mayEdit", RatingRights.maySelfAssess(user, scope, row) && !round.isClosed()
                && (row.state() == RatingState.PENDING || row.state() == RatingState.SELF_ASSESSED));
        model.addAttribute("late", LocalDate.now(clock).isAfter(round.getSelfAssessmentDeadline()));
        List<String> record;
        if (row.subject() == RatingSubject.MEMBER) {
            RatingFacts.MemberFacts memberFacts = facts.forMembers(List.of(row.memberId()), round.getYear()).get(row.memberId());
            model.addAttribute("memberFacts", memberFacts);
            record = memberRecord(round, memberFacts);
        } else {
            RatingFacts.OrganizationFacts organizationFacts = facts.forOrganizations(List.of(row.unitId()), round.getYear()).get(row.unitId());
            model.addAttribute("organizationFacts", organizationFacts);
            record = organizationRecord(round, organizationFacts);
        }
        if (!model.containsAttribute("selfForm")) {
            SelfAssessmentForm form = selfForm(round, row);
            if (form.getReview() == null) {
                form.setReview(prefill(record));
            }
            model.addAttribute("selfForm", form);
        }
        return "rating/self";
    }

    private String saveSelf(RatingRound round, RatingRow row, SelfAssessmentForm form, BindingResult result, PortalUser user,
                            Scope scope, Model model, RedirectAttributes redirect, String back) {
        if (!result.hasErrors()) {
            workflow.selfAssess(round, row, form, user, scope, result);
        }
        if (result.hasErrors()) {
            return self(round, row, user, scope, model);
        }
        redirect.addFlashAttribute("success", "rating.self.saved");
        return "redirect:" + back;
    }

    /**
     * The self-assessment starts from the year's record — for a member the pledge months (submitted, on time,
     * returned), for a unit its cell meetings, and the breakthrough tasks with their results — to be completed
     * with strengths, shortcomings and remedies.
     */
    private String prefill(List<String> record) {
        StringBuilder text = new StringBuilder();
        record.forEach(line -> text.append(line).append('\n'));
        return text.append(text("rating.prefill.rest")).toString();
    }

    private List<String> memberRecord(RatingRound round, RatingFacts.MemberFacts memberFacts) {
        List<String> lines = new ArrayList<>();
        if (memberFacts.pledge() != null && memberFacts.pledge().hasPledge()) {
            PeriodTally total = memberFacts.pledge().total();
            lines.add(text("rating.prefill.pledge", round.getYear(), total.submitted(), total.required(), total.onTime(),
                    total.late(), total.returned()));
        }
        memberFacts.tasks().forEach(task -> lines.add(taskLine(task)));
        return lines;
    }

    private List<String> organizationRecord(RatingRound round, RatingFacts.OrganizationFacts organizationFacts) {
        List<String> lines = new ArrayList<>();
        MeetingStatistics.MeetingFacts meetings = organizationFacts.meetings();
        if (meetings != null && meetings.monthsDue() > 0) {
            lines.add(text("rating.prefill.meetings", round.getYear(), meetings.monthsHeld(), meetings.monthsDue(),
                    meetings.thematicMeetings(), meetings.quartersWithThematic(), meetings.quartersDue()));
        }
        organizationFacts.tasks().forEach(task -> lines.add(taskLine(task)));
        return lines;
    }

    private String taskLine(BreakthroughResults.TaskResult task) {
        return text("rating.prefill.task", task.title(), text("breakthrough.state." + task.state()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private SelfAssessmentForm selfForm(RatingRound round, RatingRow row) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        form.setVersion(row.version());
        form.setReview(row.selfReview());
        form.setLevel(row.selfLevel());
        form.setExcellenceConditions(row.selfLevel() == RatingLevel.HTXSNV);
        if (round.policy().scored()) {
            Map<String, BigDecimal> stored = queries.selfScores(row.id());
            round.policy().groups(row.subject()).forEach(group -> form.getScores().put(group.code(), stored.get(group.code())));
        }
        return form;
    }

    // ---- proposal and decision tables ---------------------------------------------------------------------

    @GetMapping("/ratings/{year:\\d{4}}/{subject:members|organizations}/{step:proposals|decisions}/{unitId}")
    String table(@PathVariable int year, @PathVariable String subject, @PathVariable String step, @PathVariable long unitId,
                 @RequestParam(required = false) Long cell, @AuthenticationPrincipal PortalUser user, Scope scope, Model model) {
        Table table = table(year, subject, step, unitId, cell, scope);
        if (!model.containsAttribute("tableForm")) {
            model.addAttribute("tableForm", tableForm(table));
        }
        return render(table, user, scope, model);
    }

    @PostMapping("/ratings/{year:\\d{4}}/{subject:members|organizations}/{step:proposals|decisions}/{unitId}")
    String saveTable(@PathVariable int year, @PathVariable String subject, @PathVariable String step, @PathVariable long unitId,
                     @RequestParam(required = false) Long cell, @Valid @ModelAttribute("tableForm") RatingTableForm form,
                     BindingResult result, @AuthenticationPrincipal PortalUser user, Scope scope, Model model,
                     RedirectAttributes redirect) {
        Table table = table(year, subject, step, unitId, cell, scope);
        if (!result.hasErrors()) {
            if (table.decision()) {
                workflow.decide(table.round(), table.rows(), form, user, scope, result);
            } else {
                workflow.propose(table.round(), table.rows(), form, user, scope, result);
            }
        }
        if (result.hasErrors()) {
            return render(table, user, scope, model);
        }
        redirect.addFlashAttribute("success", table.decision() ? "rating.decision.saved" : "rating.proposal.saved");
        return "redirect:" + table.path();
    }

    @PostMapping("/ratings/{year:\\d{4}}/{subject:members|organizations}/decisions/{bodyId}/publish")
    String publish(@PathVariable int year, @PathVariable String subject, @PathVariable long bodyId,
                   @AuthenticationPrincipal PortalUser user, Scope scope, RedirectAttributes redirect) {
        RatingRound round = lookup.of(year);
        Organization body = bodyIn(bodyId, scope);
        BindingResult errors = new BeanPropertyBindingResult(round, "round");
        int published = workflow.publish(round, RatingSubject.ofPath(subject), bodyId, body.getKind(), user, scope, errors);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", messages.getMessage(errors.getGlobalError(), LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("published", published);
        }
        return "redirect:/ratings/" + year + "/" + subject + "/decisions/" + bodyId;
    }

    @PostMapping("/ratings/{year:\\d{4}}/entries/{ratingId}/reopen")
    String reopen(@PathVariable int year, @PathVariable long ratingId, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal PortalUser user, Scope scope, RedirectAttributes redirect) {
        RatingRound round = lookup.of(year);
        RatingRow row = queries.row(ratingId).filter(r -> r.roundId() == round.getId()).orElseThrow(NotFound::new);
        scope.checkCovers(row.unitPath());
        BindingResult errors = new BeanPropertyBindingResult(new ReopenForm(reason), "reopen");
        workflow.reopen(round, row, reason, user, errors);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", messages.getMessage(errors.getAllErrors().get(0), LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("success", "rating.reopen.done");
        }
        return "redirect:/ratings/" + year + "/" + row.subject().path() + "/decisions/" + row.decidingBodyId();
    }

    @PostMapping("/ratings/{year:\\d{4}}/entries/{ratingId}/suspension")
    String suspension(@PathVariable int year, @PathVariable long ratingId, @RequestParam boolean suspended,
                      @AuthenticationPrincipal PortalUser user, Scope scope, RedirectAttributes redirect) {
        RatingRound round = lookup.of(year);
        RatingRow row = queries.row(ratingId).filter(r -> r.roundId() == round.getId()).orElseThrow(NotFound::new);
        scope.checkCovers(row.unitPath());
        BindingResult errors = new BeanPropertyBindingResult(row, "rating");
        workflow.suspend(round, row, suspended, user, scope, errors);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", messages.getMessage(errors.getAllErrors().get(0), LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("success", suspended ? "rating.suspend.done" : "rating.suspend.undone");
        }
        return "redirect:/ratings/" + year + "/members/decisions/" + row.decidingBodyId();
    }

    /** The reason of a reopening, as a bean for its error. */
    record ReopenForm(String reason) {
        public String getReason() { return reason; }
    }

    /** One table as asked by the URL: its round, rows, whether it is the decision step, and the unit it belongs to. */
    /**
     * One table as asked by the URL: its round, rows, whether it is the decision step, the unit it belongs to, and
     * for a đảng bộ cơ sở's members the sub-cells to go through (a big one is shown cell by cell).
     */
    record Table(RatingRound round, RatingSubject subject, boolean decision, Organization unit, List<RatingRow> rows,
                 String basePath, Long cell, List<RatingQueries.Progress> cells) {

        /** Where the table posts and returns to (with its cell). */
        String path() {
            return cell == null ? basePath : basePath + "?cell=" + cell;
        }

        public String getPath() { return path(); }
        public String getBasePath() { return basePath; }
        public Long getCell() { return cell; }
        public List<RatingQueries.Progress> getCells() { return cells; }
    }

    private Table table(int year, String subjectPath, String step, long unitId, Long cell, Scope scope) {
        RatingRound round = lookup.of(year);
        RatingSubject subject = RatingSubject.ofPath(subjectPath);
        boolean decision = "decisions".equals(step);
        Organization unit = bodyIn(unitId, scope);
        String basePath = "/ratings/" + year + "/" + subjectPath + "/" + step + "/" + unitId;
        if (decision && subject == RatingSubject.MEMBER && unit.getKind() == OrganizationKind.GRASSROOTS_COMMITTEE) {
            List<RatingQueries.Progress> cells = queries.progress(round.getId(), subject, unit.getPath());
            long size = cells.stream().mapToLong(c -> c.rated() + c.notRated()).sum();
            Long shown = cell != null ? cell : size > WHOLE_TABLE_UP_TO && !cells.isEmpty() ? cells.get(0).unitId() : null;
            if (shown != null && cells.stream().noneMatch(c -> c.unitId() == shown)) {
                throw new NotFound();
            }
            List<RatingRow> rows = shown == null ? queries.bodyRows(round.getId(), subject, unitId)
                    : queries.bodyRowsOfCell(round.getId(), unitId, shown);
            return new Table(round, subject, true, unit, rows, basePath, shown, cells);
        }
        List<RatingRow> rows;
        if (decision) {
            rows = queries.bodyRows(round.getId(), subject, unitId);
        } else if (subject == RatingSubject.MEMBER) {
            if (unit.getKind() != OrganizationKind.SUB_CELL) {
                throw new NotFound();
            }
            rows = queries.cellRows(round.getId(), unitId);
        } else {
            if (unit.getKind() != OrganizationKind.BLOC) {
                throw new NotFound();
            }
            rows = queries.bodyRows(round.getId(), subject, unitId);
        }
        return new Table(round, subject, decision, unit, rows, basePath, null, List.of());
    }

    private String render(Table table, PortalUser user, Scope scope, Model model) {
        RatingRound round = table.round();
        Map<Long, Boolean> mayAct = table.rows().stream().collect(Collectors.toMap(RatingRow::id, row -> !round.isClosed()
                && row.isRated() && (table.decision() ? RatingRights.mayDecide(user, scope, row) && !row.isPublished()
                                                      : RatingRights.mayPropose(user, scope, row) && !row.state().isDecided())));
        model.addAttribute("round", round);
        model.addAttribute("table", table);
        model.addAttribute("rows", table.rows());
        model.addAttribute("mayAct", mayAct);
        model.addAttribute("anyAction", mayAct.containsValue(true));
        model.addAttribute("maySuspend", table.rows().stream().collect(Collectors.toMap(RatingRow::id, row -> table.decision()
                && !round.isClosed() && row.subject() == RatingSubject.MEMBER && !row.isPublished()
                && (row.isRated() || row.notRatedReason() == NotRatedReason.SUSPENDED) && RatingRights.mayDecide(user, scope, row))));
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("wholeAllowed", table.cells().stream().mapToLong(c -> c.rated() + c.notRated()).sum() <= WHOLE_TABLE_UP_TO);
        if (table.subject() == RatingSubject.MEMBER) {
            model.addAttribute("memberFacts", facts.forMembers(table.rows().stream().map(RatingRow::memberId).toList(), round.getYear()));
        } else {
            model.addAttribute("organizationFacts", facts.forOrganizations(table.rows().stream().map(RatingRow::unitId).toList(), round.getYear()));
        }
        boolean decider = table.decision()
                ? RatingRights.mayDecideFor(user, scope, table.subject(), table.unit().getId(), table.unit().getKind())
                : table.rows().stream().anyMatch(row -> RatingRights.mayPropose(user, scope, row));
        model.addAttribute("readOnly", round.isClosed() || !decider);
        if (table.decision()) {
            int[] decided = queries.decidedCounts(round.getId(), table.subject(), table.unit().getId());
            Quota shown = Quota.of(round.policy(), table.rows());
            model.addAttribute("quota", Quota.of(round.policy(), decided[0], decided[1]));
            // what the rows not on this page add to the live count
            model.addAttribute("otherExcellent", decided[0] - shown.excellent());
            model.addAttribute("otherGood", decided[1] - shown.good());
            model.addAttribute("mayPublish", !round.isClosed() && decider
                    && table.rows().stream().anyMatch(row -> row.state() == RatingState.DECIDED));
            model.addAttribute("mayReopen", RatingRights.mayReopen(user) && !round.isClosed());
        }
        return "rating/table";
    }

    private RatingTableForm tableForm(Table table) {
        RatingTableForm form = new RatingTableForm();
        for (RatingRow row : table.rows()) {
            form.getRows().add(table.decision()
                    ? new RatingTableForm.Entry(row.id(), row.version(), row.currentLevel(), row.decisionNote(), row.selfRemedied())
                    : new RatingTableForm.Entry(row.id(), row.version(), row.proposedLevel() != null ? row.proposedLevel() : row.selfLevel(),
                            row.proposalNote(), false));
        }
        return form;
    }

    private Organization bodyIn(long unitId, Scope scope) {
        if (scope.isSelf()) {
            throw new org.springframework.security.access.AccessDeniedException("members see their own rating only");
        }
        return lookup.unitIn(unitId, scope);
    }

    private RatingRow ownRow(RatingRound round, PortalUser user) {
        if (user.getMemberId() == null) {
            throw new NotFound();
        }
        return queries.memberRow(round.getId(), user.getMemberId()).orElseThrow(NotFound::new);
    }

    private RatingRow organizationRow(RatingRound round, long unitId) {
        return queries.organizationRow(round.getId(), unitId).orElseThrow(NotFound::new);
    }
}
