package vn.dangbo.portal.meeting;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.security.Scope;

/** {@code /meetings/criteria}: staff keep the year's framework for assessing meetings (see SecurityConfig). */
@Controller
@RequestMapping("/meetings/criteria")
class QualityFrameworkController {

    private final QualityFrameworks frameworks;
    private final Clock clock;

    QualityFrameworkController(QualityFrameworks frameworks, Clock clock) {
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @GetMapping
    String form(@RequestParam(required = false) Integer year, Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        return view(shownYear, frameworks.formFor(shownYear), model);
    }

    @PostMapping
    String save(@RequestParam int year, @Valid @ModelAttribute("form") FrameworkForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            frameworks.save(year, form, result, scope);
        }
        if (result.hasErrors()) {
            return view(year, form, model);
        }
        redirect.addFlashAttribute("success", "meeting.criteria.saved");
        return "redirect:/meetings/criteria?year=" + year;
    }

    private String view(int year, FrameworkForm form, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("exists", frameworks.exists(year));
        model.addAttribute("closed", frameworks.isClosed(year));
        return "meeting/criteria";
    }
}
