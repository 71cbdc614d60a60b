package vn.dangbo.portal.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/**
 * The rounds ({@code /ratings}: list, open one), a round's page ({@code /ratings/{year}}: rules, deadlines, the
 * user's own tasks, progress by unit, links to the tables), the not-rated list and closing the round.
 */
@Controller
class RatingController {

    private final RatingRoundRepository rounds;
    private final RatingRounds lookup;
    private final RatingQueries queries;
    private final RatingWorkflow workflow;
    private final Clock clock;
    private final MessageSource messages;

    RatingController(RatingRoundRepository rounds, RatingRounds lookup, RatingQueries queries, RatingWorkflow workflow,
                     Clock clock, MessageSource messages) {
        this.messages = messages;
        this.rounds = rounds;
        this.lookup = lookup;
        this.queries = queries;
        this.workflow = workflow;
        this.clock = clock;
    }

    @GetMapping("/ratings")
    String list(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("rounds", rounds.findAllByOrderByYearDesc());
        model.addAttribute("mayManage", RatingRights.mayManageRounds(user));
        if (!model.containsAttribute("roundForm")) {
            model.addAttribute("roundForm", defaultRound());
        }
        return "rating/rounds";
    }

    @PostMapping("/ratings")
    String open(@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result, @AuthenticationPrincipal PortalUser user,
                Model model, RedirectAttributes redirect) {
        RatingRound round = result.hasErrors() ? null : workflow.open(form, user, result);
        if (round == null) {
            return list(user, model);
        }
        redirect.addFlashAttribute("success", "rating.round.opened");
        return "redirect:/ratings/" + round.getYear();
    }

    @GetMapping("/ratings/{year:\\d{4}}")
    String round(@PathVariable int year, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        RatingRound round = lookup.of(year);
        if (scope.isSelf()) {
            return "redirect:/ratings/" + year + "/self";
        }
        Organization root = scope.isEverything() ? lookup.bloc() : lookup.unitIn(scope.organizationId(), scope);
        model.addAttribute("round", round);
        model.addAttribute("root", root);
        model.addAttribute("tasks", tasks(round, root, scope, user));
        model.addAttribute("memberProgress", queries.progress(round.getId(), RatingSubject.MEMBER, root.getPath()));
        model.addAttribute("organizationProgress", queries.progress(round.getId(), RatingSubject.ORGANIZATION, root.getPath()));
        model.addAttribute("mayManage", RatingRights.mayManageRounds(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "rating/round";
    }

    @GetMapping("/ratings/{year:\\d{4}}/not-rated")
    String notRated(@PathVariable int year, Scope scope, Model model) {
        RatingRound round = lookup.of(year);
        Organization root = scope.isEverything() ? lookup.bloc() : lookup.unitIn(scope.organizationId(), scope);
        model.addAttribute("round", round);
        model.addAttribute("rows", queries.notRated(round.getId(), root.getPath()));
        return "rating/not-rated";
    }

    @PostMapping("/ratings/{year:\\d{4}}/close")
    String close(@PathVariable int year, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        RatingRound round = lookup.of(year);
        BindingResult errors = new BeanPropertyBindingResult(round, "round");
        workflow.close(round, user, errors);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", messages.getMessage(errors.getGlobalError(), LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("success", "rating.round.closed");
        }
        return "redirect:/ratings/" + year;
    }

    /** A link to a page where the user has something to do in the round. */
    record Task(String messageKey, String href, String unitName) {
    }

    private List<Task> tasks(RatingRound round, Organization root, Scope scope, PortalUser user) {
        String base = "/ratings/" + round.getYear();
        List<Task> tasks = new ArrayList<>();
        if (user.getMemberId() != null && queries.memberRow(round.getId(), user.getMemberId()).isPresent()) {
            tasks.add(new Task("rating.task.self", base + "/self", null));
        }
        if (user.getRole() == Role.LEADER) {
            tasks.add(new Task("rating.task.decideOrganizations", base + "/organizations/decisions/" + root.getId(), root.getName()));
        }
        if (scope.isEverything() && scope.canEdit()) {
            tasks.add(new Task("rating.task.prepareOrganizations", base + "/organizations/proposals/" + root.getId(), root.getName()));
        }
        if (!scope.isEverything() && scope.canEdit()) {
            OrganizationKind kind = root.getKind();
            tasks.add(new Task("rating.task.selfOrganization", base + "/organizations/" + root.getId() + "/self", root.getName()));
            if (kind == OrganizationKind.SUB_CELL) {
                tasks.add(new Task("rating.task.propose", base + "/members/proposals/" + root.getId(), root.getName()));
            } else {
                tasks.add(new Task("rating.task.decideMembers", base + "/members/decisions/" + root.getId(), root.getName()));
            }
            if (kind == OrganizationKind.GRASSROOTS_COMMITTEE) {
                tasks.add(new Task("rating.task.decideOrganizations", base + "/organizations/decisions/" + root.getId(), root.getName()));
            }
        }
        return tasks;
    }

    private RoundForm defaultRound() {
        LocalDate today = LocalDate.now(clock);
        RoundForm form = new RoundForm();
        form.setYear(today.getYear());
        form.setSelfAssessmentDeadline(LocalDate.of(today.getYear(), 12, 10).isBefore(today) ? today.plusDays(7) : LocalDate.of(today.getYear(), 12, 10));
        form.setProposalDeadline(form.getSelfAssessmentDeadline().plusDays(10));
        form.setDecisionDeadline(form.getProposalDeadline().plusDays(20));
        return form;
    }
}
