package vn.dangbo.portal.pledge;

import java.util.HashMap;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /pledges/areas}: the content areas of a year — read by everyone, kept by the bloc committee staff. */
@Controller
@RequestMapping("/pledges/areas")
class PledgeAreaController {

    private final PledgeAreas areas;
    private final PledgeAreaRepository repository;
    private final MonthlyDeadline deadline;

    PledgeAreaController(PledgeAreas areas, PledgeAreaRepository repository, MonthlyDeadline deadline) {
        this.areas = areas;
        this.repository = repository;
        this.deadline = deadline;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Scope scope, Model model) {
        int shown = year == null ? deadline.today().getYear() : year;
        return view(shown, new AreaForm(), scope, model);
    }

    /** Starts a year's list from the year before (or the default list). */
    @PostMapping("/start")
    String start(@RequestParam int year, Scope scope, RedirectAttributes redirect) {
        if (!PledgeAreas.mayManage(scope)) {
            throw new AccessDeniedException("staff only");
        }
        areas.ensureYear(checkedYear(year));
        redirect.addFlashAttribute("success", "pledge.area.started");
        return "redirect:/pledges/areas?year=" + year;
    }

    @PostMapping
    String add(@RequestParam int year, @Valid @ModelAttribute("form") AreaForm form, BindingResult result, Scope scope,
               Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            areas.add(checkedYear(year), form, result, scope);
        }
        if (result.hasErrors()) {
            return view(year, form, scope, model);
        }
        redirect.addFlashAttribute("success", "pledge.area.added");
        return "redirect:/pledges/areas?year=" + year;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("edit") AreaForm form, BindingResult result, Scope scope,
                  Model model, RedirectAttributes redirect) {
        PledgeArea area = repository.findById(id).orElseThrow(NotFound::new);
        if (!result.hasErrors()) {
            areas.update(id, form, result, scope);
        }
        if (result.hasErrors()) {
            model.addAttribute("editing", id);
            return view(area.getYear(), new AreaForm(), scope, model);
        }
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/pledges/areas?year=" + area.getYear();
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam boolean up, Scope scope) {
        PledgeArea area = repository.findById(id).orElseThrow(NotFound::new);
        areas.move(id, up, scope);
        return "redirect:/pledges/areas?year=" + area.getYear();
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "area");
        int year = areas.delete(id, errors, scope);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", errors.getGlobalError().getCode());
        } else {
            redirect.addFlashAttribute("success", "pledge.area.deleted");
        }
        return "redirect:/pledges/areas?year=" + year;
    }

    private String view(int year, AreaForm form, Scope scope, Model model) {
        List<PledgeArea> yearAreas = areas.ofYear(year);
        model.addAttribute("year", year);
        model.addAttribute("areas", yearAreas);
        model.addAttribute("form", form);
        model.addAttribute("mayManage", PledgeAreas.mayManage(scope));
        model.addAttribute("previousYear", year - 1);
        model.addAttribute("nextYear", year + 1 <= deadline.today().getYear() + 1 ? year + 1 : null);
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", new AreaForm());
        }
        return "pledge/areas";
    }

    private int checkedYear(int year) {
        int current = deadline.today().getYear();
        if (year < 2000 || year > current + 1) {
            throw new NotFound();
        }
        return year;
    }
}
