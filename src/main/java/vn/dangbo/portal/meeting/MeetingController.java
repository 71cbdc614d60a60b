package vn.dangbo.portal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
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

import vn.dangbo.portal.organization.CellYearChoice;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationMembers;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;

/** {@code /meetings}: a cell's meetings of a year, a meeting's page, the meeting form with attendance, the scan. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private final MeetingRecords records;
    private final MeetingQueries queries;
    private final MeetingStatistics statistics;
    private final MeetingQuality quality;
    private final AttendanceSheet sheets;
    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final List<MeetingPageSection> sections;
    private final Clock clock;

    MeetingController(MeetingRecords records, MeetingQueries queries, MeetingStatistics statistics, MeetingQuality quality,
                      AttendanceSheet sheets, OrganizationRepository organizations, OrganizationMembers members,
                      List<MeetingPageSection> sections, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.statistics = statistics;
        this.quality = quality;
        this.sheets = sheets;
        this.organizations = organizations;
        this.members = members;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MeetingPageSection::order)).toList();
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long cell, @RequestParam(required = false) Integer year, Scope scope, Model model) {
        CellYearChoice choice = CellYearChoice.of(cell, year, scope, organizations, LocalDate.now(clock));
        choice.addTo(model);
        int shownYear = choice.year();
        if (choice.cellId() != null) {
            Organization unit = records.visibleCell(choice.cellId(), scope);
            model.addAttribute("unit", unit);
            model.addAttribute("meetings", queries.ofCell(unit.getId(), shownYear));
            model.addAttribute("cellYear", statistics.cellYears(unit.getPath(), shownYear).stream().findFirst().orElse(null));
            model.addAttribute("canEdit", scope.canEdit(unit.getPath()) && !unit.isDissolved());
        }
        return "meeting/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam long cell, @RequestParam(required = false) LocalDate heldOn, Scope scope, Model model) {
        Organization unit = records.editableCell(cell, scope);
        MeetingForm form = new MeetingForm();
        form.setHeldOn(heldOn == null ? LocalDate.now(clock) : heldOn);
        return formView(unit, null, form, true, model);
    }

    @PostMapping("/new")
    String create(@RequestParam long cell, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Scope scope,
                  Model model, RedirectAttributes redirect) {
        Long id = result.hasErrors() ? null : records.create(cell, form, result, scope);
        if (id == null) {
            return formView(records.editableCell(cell, scope), null, form, false, model);
        }
        redirect.addFlashAttribute("success", "meeting.saved");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Scope scope, Model model) {
        Meeting meeting = records.visible(id, scope);
        if (!model.containsAttribute("scanForm")) {
            model.addAttribute("scanForm", new ScanForm());
        }
        return showView(meeting, scope, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        Meeting meeting = records.visible(id, scope);
        Organization unit = records.editableCell(meeting.getOrganizationId(), scope);
        return formView(unit, meeting, MeetingForm.of(meeting), true, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            records.update(id, form, result, scope);
        }
        if (result.hasErrors()) {
            Meeting meeting = records.visible(id, scope);
            return formView(records.editableCell(meeting.getOrganizationId(), scope), meeting, form, false, model);
        }
        redirect.addFlashAttribute("success", "meeting.saved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        long cell = records.delete(id, scope);
        redirect.addFlashAttribute("success", "meeting.deleted");
        return "redirect:/meetings?cell=" + cell;
    }

    @PostMapping("/{id}/scan")
    String attachScan(@PathVariable long id, @ModelAttribute("scanForm") ScanForm form, BindingResult result, Scope scope,
                      Model model, RedirectAttributes redirect) {
        records.attachScan(id, form.getFile(), result, scope);
        if (result.hasErrors()) {
            return showView(records.visible(id, scope), scope, model);
        }
        redirect.addFlashAttribute("success", "meeting.scanSaved");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, Scope scope) {
        return records.scan(id, scope).download();
    }

    private String showView(Meeting meeting, Scope scope, Model model) {
        Organization unit = records.visibleCell(meeting.getOrganizationId(), scope);
        List<AttendanceSheet.Attendee> attendance = sheets.recorded(meeting.getId());
        model.addAttribute("meeting", meeting);
        model.addAttribute("unit", unit);
        model.addAttribute("attendance", attendance);
        model.addAttribute("present", attendance.stream().filter(line -> line.presence() == Presence.PRESENT).count());
        model.addAttribute("exempt", sheets.exempt(unit.getId()));
        model.addAttribute("names", members.fullNames(Stream.of(meeting.getChairMemberId(), meeting.getRecorderMemberId())
                .filter(Objects::nonNull).toList()));
        model.addAttribute("assessment", quality.of(meeting).orElse(null));
        model.addAttribute("hasScan", queries.hasScan(meeting.getId()));
        model.addAttribute("canEdit", scope.canEdit(unit.getPath()));
        model.addAttribute("canCheck", scope.canRestructure(unit.getPath()));
        model.addAttribute("sections", sections.stream()
                .map(section -> new MeetingPageSection.Rendered(section.template(), section.load(meeting, scope)))
                .filter(section -> section.data() != null)
                .toList());
        return "meeting/show";
    }

    /** The form; on first display every member on the sheet is marked present unless already recorded. */
    private String formView(Organization unit, Meeting meeting, MeetingForm form, boolean fill, Model model) {
        List<AttendanceSheet.Attendee> sheet = sheets.of(unit.getId(), form.getHeldOn() == null ? LocalDate.now(clock) : form.getHeldOn(),
                meeting == null ? null : meeting.getId());
        if (fill) {
            sheet.forEach(line -> {
                form.getPresence().put(line.memberId(), line.presence() == null ? Presence.PRESENT : line.presence());
                if (line.reason() != null) {
                    form.getReasons().put(line.memberId(), line.reason());
                }
            });
        }
        model.addAttribute("unit", unit);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("sheet", sheet);
        model.addAttribute("exempt", sheets.exempt(unit.getId()));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("presences", Presence.values());
        return "meeting/form";
    }
}
