package ru.probity.civil;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.civil.model.ActivityKind;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;

/**
 * The officers' pages of the registry of public organizations: the list, an organization's card with
 * its representatives and activities, the forms, an activity with its results and files, and the
 * events calendar of the subtree.
 */
@Controller
@RequestMapping("/civil")
class CivilController {

    private final PublicOrganizations organizations;
    private final CivilCalendar calendar;
    private final Organizations tree;
    private final CivilSettings settings;
    private final Messages messages;

    CivilController(
            PublicOrganizations organizations,
            CivilCalendar calendar,
            Organizations tree,
            CivilSettings settings,
            Messages messages) {
        this.organizations = organizations;
        this.calendar = calendar;
        this.tree = tree;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("found", organizations.list(user, q));
        model.addAttribute("q", q);
        model.addAttribute("manages", PublicOrganizations.manages(user));
        return "civil/list";
    }

    // --- organizations

    @GetMapping("/organizations/new")
    String createForm(Model model) {
        CurrentUser user = CurrentUser.get();
        PublicOrganizations.requireManage(user);
        return form(PublicOrganizations.OrganizationForm.blank(user.organizationId()), null, model);
    }

    private String form(PublicOrganizations.OrganizationForm form, Long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("organizations", tree.visible(user));
        model.addAttribute("agreements", organizations.linkableAgreements(user));
        return "civil/form";
    }

    private String refused(Refusal e, PublicOrganizations.OrganizationForm form, Long id, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return form(form, id, model);
    }

    @PostMapping("/organizations")
    String create(@ModelAttribute PublicOrganizations.OrganizationForm form, Model model, RedirectAttributes flash) {
        long id;
        try {
            id = organizations.create(CurrentUser.get(), form);
        } catch (Refusal e) {
            return refused(e, form, null, model);
        }
        flash.addFlashAttribute("notice", "civil.created");
        return "redirect:/civil/organizations/" + id;
    }

    @GetMapping("/organizations/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("organization", organizations.get(user, id));
        model.addAttribute("representatives", organizations.representatives(user, id));
        model.addAttribute("activities", organizations.activities(user, id));
        model.addAttribute("manages", PublicOrganizations.manages(user));
        return "civil/card";
    }

    @GetMapping("/organizations/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        PublicOrganizations.requireManage(user);
        return form(PublicOrganizations.OrganizationForm.of(organizations.get(user, id)), id, model);
    }

    @PostMapping("/organizations/{id:\\d+}")
    String update(
            @PathVariable long id,
            @ModelAttribute PublicOrganizations.OrganizationForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            organizations.update(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            return refused(e, form, id, model);
        }
        flash.addFlashAttribute("notice", "civil.saved");
        return "redirect:/civil/organizations/" + id;
    }

    @PostMapping("/organizations/{id:\\d+}/active")
    String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes flash) {
        organizations.setActive(CurrentUser.get(), id, active);
        flash.addFlashAttribute("notice", active ? "civil.restored" : "civil.withdrawn");
        return "redirect:/civil/organizations/" + id;
    }

    @PostMapping("/organizations/{id:\\d+}/representatives")
    String addRepresentative(
            @PathVariable long id,
            @RequestParam(required = false) String personName,
            @RequestParam(required = false) String body,
            RedirectAttributes flash) {
        organizations.addRepresentative(CurrentUser.get(), id, personName, body);
        flash.addFlashAttribute("notice", "civil.saved");
        return "redirect:/civil/organizations/" + id + "#representatives";
    }

    @PostMapping("/organizations/{id:\\d+}/representatives/{representative:\\d+}/remove")
    String removeRepresentative(@PathVariable long id, @PathVariable long representative, RedirectAttributes flash) {
        organizations.removeRepresentative(CurrentUser.get(), id, representative);
        flash.addFlashAttribute("notice", "civil.saved");
        return "redirect:/civil/organizations/" + id + "#representatives";
    }

    // --- activities

    @GetMapping("/activities/new")
    String activityForm(@RequestParam long organization, Model model) {
        CurrentUser user = CurrentUser.get();
        PublicOrganizations.requireManage(user);
        return activityForm(PublicOrganizations.ActivityForm.blank(organization), null, model);
    }

    private String activityForm(PublicOrganizations.ActivityForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("organization", organizations.get(CurrentUser.get(), form.organizationId()));
        model.addAttribute("kinds", ActivityKind.values());
        return "civil/activity-form";
    }

    private String refusedActivity(Refusal e, PublicOrganizations.ActivityForm form, Long id, Model model) {
        if (e instanceof NotFound || form.organizationId() == null) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return activityForm(form, id, model);
    }

    @PostMapping("/activities")
    String createActivity(
            @ModelAttribute PublicOrganizations.ActivityForm form, Model model, RedirectAttributes flash) {
        long id;
        try {
            id = organizations.createActivity(CurrentUser.get(), form);
        } catch (Refusal e) {
            return refusedActivity(e, form, null, model);
        }
        flash.addFlashAttribute("notice", "civil.activity.created");
        return "redirect:/civil/activities/" + id;
    }

    @GetMapping("/activities/{id:\\d+}")
    String activity(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("activity", organizations.activity(user, id));
        model.addAttribute("files", organizations.files(user, id));
        model.addAttribute("manages", PublicOrganizations.manages(user));
        model.addAttribute("maxFileMb", settings.maxFileMb());
        model.addAttribute("maxFiles", settings.maxFiles());
        return "civil/activity";
    }

    @GetMapping("/activities/{id:\\d+}/edit")
    String editActivity(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        PublicOrganizations.requireManage(user);
        return activityForm(PublicOrganizations.ActivityForm.of(organizations.activity(user, id)), id, model);
    }

    @PostMapping("/activities/{id:\\d+}")
    String updateActivity(
            @PathVariable long id,
            @ModelAttribute PublicOrganizations.ActivityForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            organizations.updateActivity(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            return refusedActivity(e, form, id, model);
        }
        flash.addFlashAttribute("notice", "civil.saved");
        return "redirect:/civil/activities/" + id;
    }

    @PostMapping("/activities/{id:\\d+}/files")
    String addFile(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        organizations.addFile(
                CurrentUser.get(), id, file.getOriginalFilename(), UploadLimits.bytes(file, settings.maxFileBytes()));
        flash.addFlashAttribute("notice", "civil.fileAdded");
        return "redirect:/civil/activities/" + id + "#files";
    }

    @GetMapping("/activities/{id:\\d+}/files/{file:\\d+}")
    void file(@PathVariable long id, @PathVariable long file, HttpServletResponse response) throws IOException {
        PublicOrganizations.Download content = organizations.file(CurrentUser.get(), id, file);
        Downloads.attachedFile(response, content.name(), content.contentType(), content.bytes());
    }

    @PostMapping("/activities/{id:\\d+}/files/{file:\\d+}/remove")
    String removeFile(@PathVariable long id, @PathVariable long file, RedirectAttributes flash) {
        organizations.removeFile(CurrentUser.get(), id, file);
        flash.addFlashAttribute("notice", "civil.fileRemoved");
        return "redirect:/civil/activities/" + id + "#files";
    }

    // --- the calendar

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String month, Model model) {
        CurrentUser user = CurrentUser.get();
        YearMonth shown = month(month, calendar.thisMonth());
        var events = calendar.month(user, shown);
        model.addAttribute("grid", calendar.grid(shown, events));
        model.addAttribute("events", events);
        return "civil/calendar";
    }

    /** The month asked for ({@code 2026-12}), this month when none; a malformed one is refused. */
    static YearMonth month(String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth m = YearMonth.parse(value.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw Refusal.invalid("civil.calendar.error.month");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("civil.calendar.error.month");
        }
    }
}
