package vn.dangbo.portal.organization;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /settings}: the names printed on official documents (administrators only). */
@Controller
@RequestMapping("/settings")
class BlocSettingsController {

    private final BlocSettingsRepository settings;

    BlocSettingsController(BlocSettingsRepository settings) {
        this.settings = settings;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", settings.current());
        return "organization/settings";
    }

    @PostMapping
    @Transactional
    String save(@Valid @ModelAttribute("form") BlocSettings form, BindingResult result, RedirectAttributes redirect) {
        BlocSettings current = settings.current();
        if (!result.hasErrors() && form.getVersion() != current.getVersion()) {
            result.reject("concurrentEdit");
        }
        if (result.hasErrors()) {
            return "organization/settings";
        }
        current.setSuperiorBody(form.getSuperiorBody().strip());
        current.setIssuingBody(form.getIssuingBody().strip());
        current.setDocumentSuffix(form.getDocumentSuffix().strip());
        current.setPlaceName(form.getPlaceName().strip());
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/settings";
    }
}
