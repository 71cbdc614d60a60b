package vn.dangbo.portal.gooddeed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.organization.UnitChoices;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /good-deeds}: the good-deeds book (Sổ "người tốt, việc tốt"), its filters, and its entries. */
@Controller
@RequestMapping("/good-deeds")
class GoodDeedController {

    private final GoodDeedSearch search;
    private final GoodDeedBook book;
    private final GoodDeedRepository deeds;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final UnitChoices unitChoices;
    private final Clock clock;

    GoodDeedController(GoodDeedSearch search, GoodDeedBook book, GoodDeedRepository deeds, MemberRepository members,
                       OrganizationRepository organizations, UnitChoices unitChoices, Clock clock) {
        this.search = search;
        this.book = book;
        this.deeds = deeds;
        this.members = members;
        this.organizations = organizations;
        this.unitChoices = unitChoices;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") GoodDeedFilter filter, Scope scope, Model model) {
        model.addAttribute("page", search.find(filter, scope));
        model.addAttribute("totals", search.totals(filter, scope));
        model.addAttribute("recognitions", Recognition.values());
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("years", IntStream.rangeClosed(0, 6).map(back -> year - back).boxed().toList());
        if (!scope.isSelf()) {
            model.addAttribute("unitFilter", unitChoices.filter(scope, filter.getOrganization()));
        }
        model.addAttribute("canAdd", scope.canEdit());
        return "gooddeed/list";
    }

    @GetMapping("/new")
    @Transactional(readOnly = true)
    String createForm(@RequestParam(required = false) Long member, @RequestParam(required = false) Long organization, Scope scope,
                      Model model) {
        GoodDeedForm form = new GoodDeedForm();
        form.setMemberId(member);
        form.setOrganizationId(organization);
        form.setDeedDate(LocalDate.now(clock));
        return formView(form, null, scope, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") GoodDeedForm form, BindingResult result, Scope scope, Model model,
                  RedirectAttributes redirect) {
        Long id = result.hasErrors() ? null : book.create(form, result, scope);
        if (id == null) {
            return formView(form, null, scope, model);
        }
        redirect.addFlashAttribute("success", "gooddeed.saved");
        return form.getMemberId() != null ? "redirect:/members/" + form.getMemberId() : "redirect:/good-deeds";
    }

    @GetMapping("/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, Scope scope, Model model) {
        GoodDeed deed = deeds.findById(id).orElseThrow(NotFound::new);
        return formView(GoodDeedForm.of(deed), deed, scope, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") GoodDeedForm form, BindingResult result, Scope scope, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            book.update(id, form, result, scope);
        }
        if (result.hasErrors()) {
            return formView(form, deeds.findById(id).orElseThrow(NotFound::new), scope, model);
        }
        redirect.addFlashAttribute("success", "gooddeed.saved");
        return "redirect:/good-deeds";
    }

    /** The form names who the entry is about; a collective entry without a unit yet offers the units the user may edit. */
    private String formView(GoodDeedForm form, GoodDeed deed, Scope scope, Model model) {
        scope.checkMayEdit();
        Long memberId = deed != null ? deed.getMemberId() : form.getMemberId();
        Long unitId = deed != null ? Long.valueOf(deed.getOrganizationId()) : form.getOrganizationId();
        if (memberId != null) {
            Member member = members.findWithOrganization(memberId).orElseThrow(NotFound::new);
            scope.checkCanEdit(member.getOrganization().getPath());
            model.addAttribute("memberName", member.getFullName());
        } else if (unitId != null && deed != null) {
            Organization unit = organizations.findById(unitId).orElseThrow(NotFound::new);
            scope.checkCanEdit(unit.getPath());
            model.addAttribute("unitName", unit.getName());
        } else {
            model.addAttribute("units", organizations.findNodesIn(scope).stream()
                    .filter(unit -> !unit.isDissolved() && scope.canEdit(unit.getPath())).toList());
        }
        model.addAttribute("form", form);
        model.addAttribute("deed", deed);
        model.addAttribute("recognitions", Recognition.values());
        return "gooddeed/form";
    }
}
