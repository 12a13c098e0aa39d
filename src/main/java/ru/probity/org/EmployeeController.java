package ru.probity.org;

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
import ru.probity.access.CurrentUser;
import ru.probity.platform.Refusal;

/** Pages of the people registry: search, employee card with relatives, forms. */
@Controller
@RequestMapping("/people")
class EmployeeController {

    private final People people;
    private final Organizations organizations;

    EmployeeController(People people, Organizations organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", people.search(user, q, organization, inactive, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("organization", organization);
        model.addAttribute("inactive", inactive);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("categories", EmployeeCategory.values());
        return "people/list";
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Employee employee = people.get(user, id);
        model.addAttribute("employee", employee);
        model.addAttribute("relatives", people.relatives(user, id));
        model.addAttribute("posts", people.posts(user, id));
        return "people/card";
    }

    /** A new employee's form, or with {@code candidate} a candidate's for a post on the declaration list. */
    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean candidate,
            Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        EmployeeForm form = EmployeeForm.empty(organization);
        model.addAttribute("form", candidate ? form.onList() : form);
        model.addAttribute("candidate", candidate);
        return formPage(user, model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") EmployeeForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "false") boolean candidate,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        model.addAttribute("candidate", candidate);
        if (binding.hasErrors()) {
            return FormErrors.unbound(binding) ? badForm() : formPage(user, model);
        }
        try {
            long id = candidate ? people.registerCandidate(user, form) : people.create(user, form);
            flash.addFlashAttribute("notice", candidate ? "person.candidateSaved" : "person.saved");
            return "redirect:/people/" + id;
        } catch (Refusal e) {
            FormErrors.reject(binding, e);
            return formPage(user, model);
        }
    }

    /** The candidate appointed to the post (the day given, else today). */
    @PostMapping("/{id}/candidate/appointed")
    String candidateAppointed(
            @PathVariable long id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate on,
            RedirectAttributes flash) {
        people.appointCandidate(CurrentUser.get(), id, on);
        flash.addFlashAttribute("notice", "person.candidateAppointed");
        return "redirect:/people/" + id;
    }

    /** The candidate not appointed. */
    @PostMapping("/{id}/candidate/not-appointed")
    String candidateNotAppointed(@PathVariable long id, RedirectAttributes flash) {
        people.candidateNotAppointed(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "person.candidateNotAppointed");
        return "redirect:/people/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        Employee employee = people.get(user, id);
        model.addAttribute("employee", employee);
        model.addAttribute("form", EmployeeForm.of(employee));
        return formPage(user, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") EmployeeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        if (FormErrors.unbound(binding)) {
            return badForm();
        }
        if (!binding.hasErrors()) {
            try {
                people.update(user, id, form);
                flash.addFlashAttribute("notice", "person.saved");
                return "redirect:/people/" + id;
            } catch (Refusal e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("employee", people.get(user, id));
        return formPage(user, model);
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes flash) {
        people.setActive(CurrentUser.get(), id, active);
        flash.addFlashAttribute("notice", active ? "person.activated" : "person.deactivated");
        return "redirect:/people/" + id;
    }

    @GetMapping("/{id}/relatives/new")
    String newRelative(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        model.addAttribute("employee", people.get(user, id));
        model.addAttribute("form", RelativeForm.empty());
        return relativePage(model);
    }

    /**
     * The new-relative form filled in from elsewhere (a family member of a declaration the
     * registry lacks): shown for checking, nothing saved until the officer saves the form.
     */
    @PostMapping("/{id}/relatives/offer")
    String offerRelative(
            @PathVariable long id, @ModelAttribute("form") RelativeForm form, BindingResult binding, Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        model.addAttribute("employee", people.get(user, id));
        return relativePage(model);
    }

    @PostMapping("/{id}/relatives/new")
    String addRelative(
            @PathVariable long id,
            @ModelAttribute("form") RelativeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        if (!binding.hasErrors()) {
            try {
                people.addRelative(user, id, form);
                flash.addFlashAttribute("notice", "relative.saved");
                return "redirect:/people/" + id;
            } catch (Refusal e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("employee", people.get(user, id));
        return relativePage(model);
    }

    @GetMapping("/relatives/{relativeId}/edit")
    String editRelative(@PathVariable long relativeId, Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        Relative relative = people.relative(user, relativeId);
        model.addAttribute("employee", people.get(user, relative.employeeId()));
        model.addAttribute("relative", relative);
        model.addAttribute("form", RelativeForm.of(relative));
        return relativePage(model);
    }

    @PostMapping("/relatives/{relativeId}/edit")
    String updateRelative(
            @PathVariable long relativeId,
            @ModelAttribute("form") RelativeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        Relative relative = people.relative(user, relativeId);
        if (!binding.hasErrors()) {
            try {
                people.updateRelative(user, relativeId, form);
                flash.addFlashAttribute("notice", "relative.saved");
                return "redirect:/people/" + relative.employeeId();
            } catch (Refusal e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("employee", people.get(user, relative.employeeId()));
        model.addAttribute("relative", relative);
        return relativePage(model);
    }

    @PostMapping("/relatives/{relativeId}/delete")
    String deleteRelative(@PathVariable long relativeId, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        Relative relative = people.relative(user, relativeId);
        people.deleteRelative(user, relativeId);
        flash.addFlashAttribute("notice", "relative.deleted");
        return "redirect:/people/" + relative.employeeId();
    }

    /** A request no form of ours sends (its fields could not be bound at all). */
    private static String badForm() {
        throw Refusal.invalid("form.unbound");
    }

    private String formPage(CurrentUser user, Model model) {
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("categories", EmployeeCategory.values());
        return "people/form";
    }

    private String relativePage(Model model) {
        model.addAttribute("relations", RelationKind.values());
        return "people/relative-form";
    }
}
