package vn.dangbo.portal.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.member.MemberFilter;
import vn.dangbo.portal.member.MemberRow;
import vn.dangbo.portal.member.MemberSearch;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationMembers;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /committees/{unit}}: a unit's committee today and in every term, and the forms that record seats. */
@Controller
@RequestMapping("/committees")
class CommitteeController {

    private static final int MEMBER_OPTIONS = 100;

    private final Committees committees;
    private final CommitteeChanges changes;
    private final CommitteePositionRepository positions;
    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final MemberSearch memberSearch;
    private final Clock clock;

    CommitteeController(Committees committees, CommitteeChanges changes, CommitteePositionRepository positions,
                        OrganizationRepository organizations, OrganizationMembers members, MemberSearch memberSearch, Clock clock) {
        this.committees = committees;
        this.changes = changes;
        this.positions = positions;
        this.organizations = organizations;
        this.members = members;
        this.memberSearch = memberSearch;
        this.clock = clock;
    }

    @GetMapping("/{unitId}")
    String show(@PathVariable long unitId, Scope scope, Model model) {
        Organization unit = visible(unitId, scope);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Seat>> terms = new LinkedHashMap<>();
        for (Seat seat : committees.history(unitId)) {
            terms.computeIfAbsent(seat.term(), term -> new ArrayList<>()).add(seat);
        }
        model.addAttribute("unit", unit);
        model.addAttribute("today", today);
        model.addAttribute("current", committees.on(unitId, today));
        model.addAttribute("terms", terms);
        model.addAttribute("canEdit", scope.canRestructure(unit.getPath()));
        return "committee/show";
    }

    @GetMapping("/{unitId}/new")
    String createForm(@PathVariable long unitId, Scope scope, Model model) {
        Organization unit = changes.decidedAbove(unitId, scope);
        CommitteeForm form = new CommitteeForm();
        form.setTermStartYear(Terms.containing(LocalDate.now(clock)));
        return formView(unit, null, form, scope, model);
    }

    @PostMapping("/{unitId}/new")
    String create(@PathVariable long unitId, @Valid @ModelAttribute("form") CommitteeForm form, BindingResult result,
                  Scope scope, Model model, RedirectAttributes redirect) {
        Long id = result.hasErrors() ? null : changes.add(unitId, form, result, scope);
        if (id == null) {
            return formView(changes.decidedAbove(unitId, scope), null, form, scope, model);
        }
        redirect.addFlashAttribute("success", "committee.saved");
        return "redirect:/committees/" + unitId;
    }

    @GetMapping("/positions/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        CommitteePosition position = positions.findById(id).orElseThrow(NotFound::new);
        Organization unit = changes.decidedAbove(position.getOrganizationId(), scope);
        return formView(unit, position, CommitteeForm.of(position), scope, model);
    }

    @PostMapping("/positions/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CommitteeForm form, BindingResult result,
                Scope scope, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            changes.update(id, form, result, scope);
        }
        CommitteePosition position = positions.findById(id).orElseThrow(NotFound::new);
        if (result.hasErrors()) {
            return formView(changes.decidedAbove(position.getOrganizationId(), scope), position, form, scope, model);
        }
        redirect.addFlashAttribute("success", "committee.saved");
        return "redirect:/committees/" + position.getOrganizationId();
    }

    @PostMapping("/positions/{id}/delete")
    String delete(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        long unitId = changes.delete(id, scope);
        redirect.addFlashAttribute("success", "committee.deleted");
        return "redirect:/committees/" + unitId;
    }

    /** htmx: current members of the unit's subtree matching what was typed (accents ignored). */
    @GetMapping("/{unitId}/member-options")
    String memberOptions(@PathVariable long unitId, @RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        visible(unitId, scope);
        model.addAttribute("options", memberChoices(unitId, q, scope));
        return "committee/member-options :: options";
    }

    private List<MemberRow> memberChoices(long unitId, String q, Scope scope) {
        MemberFilter filter = new MemberFilter();
        filter.setOrganization(unitId);
        filter.setQ(q);
        filter.setSize(MEMBER_OPTIONS);
        return memberSearch.find(filter, scope).getContent();
    }

    private Organization visible(long unitId, Scope scope) {
        Organization unit = organizations.findById(unitId).orElseThrow(NotFound::new);
        scope.checkCovers(unit.getPath());
        return unit;
    }

    private String formView(Organization unit, CommitteePosition position, CommitteeForm form, Scope scope, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("position", position);
        model.addAttribute("form", form);
        model.addAttribute("offices", Arrays.stream(CommitteeOffice.values())
                .filter(office -> office.allowedIn(unit.getKind())).toList());
        model.addAttribute("appointments", Appointment.values());
        model.addAttribute("terms", Terms.choices(LocalDate.now(clock)).stream()
                .map(year -> Map.entry(year, Terms.label(year))).toList());
        if (position == null) {
            model.addAttribute("memberOptions", memberChoices(unit.getId(), "", scope));
        }
        if (form.getMemberId() != null) {
            model.addAttribute("memberName", members.fullNames(List.of(form.getMemberId())).get(form.getMemberId()));
        }
        return "committee/form";
    }
}
